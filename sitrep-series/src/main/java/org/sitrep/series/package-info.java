/** Figure series: claims about the same measure, subject and theatre across articles, with estimates. */
package org.sitrep.series;
