/** How the readers and the codec work: decoding, sniffing, HTML text, JSON parsing. No caller may depend on it. */
package org.sitrep.io.internal;
