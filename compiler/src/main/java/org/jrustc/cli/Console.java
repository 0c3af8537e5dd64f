package org.jrustc.cli;

import java.io.PrintStream;

/** Where a command writes: the program's and the compiler's output ({@code out}) and diagnostics ({@code err}). */
record Console(PrintStream out, PrintStream err) {}
