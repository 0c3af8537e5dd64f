package org.jrustc.diag;

/** The wording of refusals for Rust that jrustc does not support yet. */
public final class Unsupported {
    private Unsupported() {}

    /** How every refusal ends. */
    public static final String SUFFIX = " not supported by jrustc";

    /** "traits are not supported by jrustc", "`async fn` is not supported by jrustc". */
    public static String message(String what) {
        boolean plural = what.endsWith("s") && !what.startsWith("the ");
        return what + (plural ? " are" : " is") + SUFFIX;
    }
}
