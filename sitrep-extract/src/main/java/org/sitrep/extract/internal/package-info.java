/** The pipeline's stages, lexicons and automaton; no caller outside {@code org.sitrep.extract} may depend on them. */
package org.sitrep.extract.internal;
