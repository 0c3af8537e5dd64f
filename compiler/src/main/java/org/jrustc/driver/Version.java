package org.jrustc.driver;

/** The version of jrustc, as {@code jrustc --version} prints it and built jars record it. */
public final class Version {
    public static final String NUMBER = "0.1.0";

    private Version() {}
}
