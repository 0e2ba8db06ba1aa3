/** Sources (files, WARC archives, feeds, pages), the HTTP fetcher and the extraction pipeline behind the ingester. */
package org.sitrep.ingest.internal;
