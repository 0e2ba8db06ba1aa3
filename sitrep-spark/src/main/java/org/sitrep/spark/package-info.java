/** The extractor as an Apache Spark batch job: the front door is {@link org.sitrep.spark.ExtractJob}. */
package org.sitrep.spark;
