package org.jrustc.mir;

import java.util.List;

/**
 * A straight-line sequence of statements and one terminator.
 *
 * @param cleanup true for blocks on an unwind path (they run drops while a panic is in flight)
 * @param unwind  the cleanup block that a panic raised by one of the statements goes to, or -1
 */
public record BasicBlock(int index, List<Statement> statements, Terminator terminator, boolean cleanup,
                         int unwind) {}
