/**
 * Not API; may change without notice. Where the libraries under the backends log (HttpClient 5 logs
 * through SLF4J): into {@link java.lang.System.Logger}, like torrentctl itself, with secrets
 * redacted, when the application has no SLF4J provider of its own.
 */
package dev.torrentctl.backend.support.logging;
