package org.jrustc.diag;

/** A secondary span with its message ("value moved here"). */
public record Label(Span span, String message) {}
