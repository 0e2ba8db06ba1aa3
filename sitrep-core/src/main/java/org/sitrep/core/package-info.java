/** The claim model: articles, figure claims and their parts, as immutable records. */
package org.sitrep.core;
