/** The {@code sitrep} command line: picocli commands that read articles, extract claims and write them out. */
package org.sitrep.cli;
