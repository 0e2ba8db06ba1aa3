/** Reading articles (text, HTML, JSON, JSONL, folders, standard input) and the claim JSON codec. */
package org.sitrep.io;
