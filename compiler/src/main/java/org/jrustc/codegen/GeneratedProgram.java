package org.jrustc.codegen;

import java.util.Map;

/**
 * The classes generated for one program, keyed by internal name ({@code rust/Program}), and the
 * binary name of the class that implements {@code org.jrustc.runtime.RustProgram} and has the
 * {@code public static void main(String[])} a runnable jar starts.
 */
public record GeneratedProgram(String mainClass, Map<String, byte[]> classes) {}
