/** The rules behind the series builder: grouping, duplicates, revisions, conflicts, estimates and checks. */
package org.sitrep.series.internal;
