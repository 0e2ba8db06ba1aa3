/** {@code sitrep serve}: the REST API and the browser UI over one claim store; {@link org.sitrep.server.SitrepServer} is the front door. */
package org.sitrep.server;
