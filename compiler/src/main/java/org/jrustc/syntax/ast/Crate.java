package org.jrustc.syntax.ast;

import java.util.List;

/** The whole program: the items of its one source file. */
public record Crate(List<Item> items) {}
