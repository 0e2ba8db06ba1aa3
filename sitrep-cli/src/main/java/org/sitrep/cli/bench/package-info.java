/** {@code sitrep bench}: a deterministic generator of varied articles and a throughput benchmark over it. */
package org.sitrep.cli.bench;
