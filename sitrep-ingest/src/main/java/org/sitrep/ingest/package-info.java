/** Ingestion: inputs (files, WARC archives, feeds) read, extracted and stored, crash-safe and idempotent. */
package org.sitrep.ingest;
