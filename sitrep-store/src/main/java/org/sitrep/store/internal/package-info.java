/** SQL and JDBC behind {@link org.sitrep.store.ClaimStore}; no caller may depend on it. */
package org.sitrep.store.internal;
