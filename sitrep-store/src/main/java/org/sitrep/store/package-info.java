/** The embedded claim store: articles, their appearances, claims, sources and runs in one SQLite file. */
package org.sitrep.store;
