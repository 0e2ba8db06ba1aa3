/** The server's routes, handlers, request validation, security headers and read queries; no caller may depend on them. */
package org.sitrep.server.internal;
