package org.jrustc.syntax.ast;

import java.util.List;
import org.jrustc.diag.Span;

/** {@code { stmts; tail }}: the tail expression (no semicolon) is the block's value, or null. */
public record Block(List<Stmt> stmts, Expr tail, Span span) {}
