/** The extractor's front door: {@link org.sitrep.extract.Extractor}. */
package org.sitrep.extract;
