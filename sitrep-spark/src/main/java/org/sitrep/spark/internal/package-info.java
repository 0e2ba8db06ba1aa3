/** How the Spark job lists, reads and converts its inputs; no caller outside sitrep-spark may depend on it. */
package org.sitrep.spark.internal;
