package org.jrustc.syntax;

import org.antlr.v4.runtime.ParserRuleContext;
import org.jrustc.syntax.RustParser.IdentPatternContext;
import org.jrustc.syntax.RustParser.ParenOrTuplePatternContext;
import org.jrustc.syntax.RustParser.PatternContext;
import org.jrustc.syntax.RustParser.PatternNoTopAltContext;
import org.jrustc.syntax.RustParser.PatternWithoutRangeContext;
import org.jrustc.syntax.RustParser.SimplePatternContext;
import org.jrustc.syntax.ast.Pat;

/** Builds {@link Pat}s: bindings ({@code x}, {@code mut x}, {@code ref x}), {@code _} and tuples of those; the rest is unsupported. */
final class PatternBuilder {
    private final AstBuilder ast;

    PatternBuilder(AstBuilder ast) {
        this.ast = ast;
    }

    // pattern : '|'? patternNoTopAlt ('|' patternNoTopAlt)*
    Pat pattern(PatternContext ctx) {
        if (ctx.patternNoTopAlt().size() > 1) return unsupported("or-patterns", ctx);
        return patternNoTopAlt(ctx.patternNoTopAlt(0));
    }

    // patternNoTopAlt : rangePatternBound ('..=' | '...' | '..') rangePatternBound? | '..=' rangePatternBound
    //                 | patternWithoutRange
    Pat patternNoTopAlt(PatternNoTopAltContext ctx) {
        if (ctx instanceof SimplePatternContext simple) return patternWithoutRange(simple.patternWithoutRange());
        return unsupported("range patterns", ctx);
    }

    // patternWithoutRange : 'ref'? 'mut'? IDENT ('@' patternNoTopAlt)? | '_' | '(' pattern ')' | …
    Pat patternWithoutRange(PatternWithoutRangeContext ctx) {
        if (ctx instanceof IdentPatternContext ident) {
            if (ident.AT() != null) return unsupported("`@` bindings", ctx);
            return new Pat.Ident(ident.IDENT().getText(), ident.KW_MUT() != null, ident.KW_REF() != null, ast.span(ctx));
        }
        if (ctx instanceof RustParser.WildcardPatternContext) return new Pat.Wild(ast.span(ctx));
        if (ctx instanceof ParenOrTuplePatternContext tuple) {
            if (tuple.pattern().size() == 1 && tuple.COMMA().isEmpty()) return pattern(tuple.pattern(0));
            java.util.List<Pat> elements = new java.util.ArrayList<>();
            for (PatternContext element : tuple.pattern()) {
                Pat p = pattern(element);
                if (p instanceof Pat.Unsupported) return p;
                elements.add(p);
            }
            return new Pat.Tuple(java.util.List.copyOf(elements), ast.span(ctx));
        }
        if (ctx instanceof RustParser.RestPatternContext) return unsupported("rest patterns", ctx);
        if (ctx instanceof RustParser.LiteralPatternContext) return unsupported("literal patterns", ctx);
        if (ctx instanceof RustParser.ReferencePatternContext) return unsupported("reference patterns", ctx);
        if (ctx instanceof RustParser.SlicePatternContext) return unsupported("slice patterns", ctx);
        if (ctx instanceof RustParser.StructPatternContext) return unsupported("struct patterns", ctx);
        if (ctx instanceof RustParser.TupleStructPatternContext) return unsupported("tuple struct patterns", ctx);
        return unsupported("path patterns", ctx); // a::B or <T as Trait>::C
    }

    /** The binding name token of a plain {@code x} / {@code mut x} pattern, or null. */
    static IdentPatternContext plainBinding(PatternContext ctx) {
        if (ctx.patternNoTopAlt().size() != 1) return null;
        if (!(ctx.patternNoTopAlt(0) instanceof SimplePatternContext simple)) return null;
        return simple.patternWithoutRange() instanceof IdentPatternContext ident ? ident : null;
    }

    private Pat unsupported(String what, ParserRuleContext ctx) {
        return new Pat.Unsupported(what, ast.span(ctx));
    }
}
