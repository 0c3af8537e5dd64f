package org.jrustc.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.jrustc.syntax.RustParser.IdentPatternContext;
import org.jrustc.syntax.RustParser.ParenOrTuplePatternContext;
import org.jrustc.syntax.RustParser.PatternContext;
import org.jrustc.syntax.RustParser.PatternNoTopAltContext;
import org.jrustc.syntax.RustParser.PatternWithoutRangeContext;
import org.jrustc.syntax.RustParser.RangePatternBoundContext;
import org.jrustc.syntax.RustParser.SimplePatternContext;
import org.jrustc.syntax.ast.Expr;
import org.jrustc.syntax.ast.Pat;

/**
 * Builds {@link Pat}s: bindings ({@code x}, {@code mut x}, {@code x @ p}), {@code _}, literals,
 * ranges, alternatives, tuples, references, and struct, tuple-struct and path patterns. Slice
 * patterns and qualified paths are unsupported.
 */
final class PatternBuilder {
    private final AstBuilder ast;

    PatternBuilder(AstBuilder ast) {
        this.ast = ast;
    }

    // pattern : '|'? patternNoTopAlt ('|' patternNoTopAlt)*
    Pat pattern(PatternContext ctx) {
        if (ctx.patternNoTopAlt().size() == 1) return patternNoTopAlt(ctx.patternNoTopAlt(0));
        List<Pat> alternatives = new ArrayList<>();
        for (PatternNoTopAltContext alt : ctx.patternNoTopAlt()) {
            Pat p = patternNoTopAlt(alt);
            if (p instanceof Pat.Unsupported) return p;
            alternatives.add(p);
        }
        return new Pat.Or(List.copyOf(alternatives), ast.span(ctx));
    }

    // patternNoTopAlt : bound ('..=' | '...') bound | bound '..' bound? | '..=' bound | patternWithoutRange
    Pat patternNoTopAlt(PatternNoTopAltContext ctx) {
        if (ctx instanceof SimplePatternContext simple) return patternWithoutRange(simple.patternWithoutRange());
        if (ctx instanceof RustParser.ClosedRangePatternContext r) {
            return new Pat.Range(bound(r.rangePatternBound(0)), bound(r.rangePatternBound(1)), true, ast.span(ctx));
        }
        if (ctx instanceof RustParser.HalfOpenRangePatternContext r) {
            Expr hi = r.rangePatternBound().size() > 1 ? bound(r.rangePatternBound(1)) : null;
            return new Pat.Range(bound(r.rangePatternBound(0)), hi, false, ast.span(ctx));
        }
        RustParser.RangeToPatternContext r = (RustParser.RangeToPatternContext) ctx;
        return new Pat.Range(null, bound(r.rangePatternBound()), true, ast.span(ctx));
    }

    // rangePatternBound : '-'? (INTEGER_LITERAL | CHAR_LITERAL | FLOAT_LITERAL | BYTE_LITERAL) | pathExpression
    private Expr bound(RangePatternBoundContext ctx) {
        if (ctx.pathExpression() != null) return ast.exprs.path(ctx.pathExpression());
        Expr literal = ast.exprs.literalToken(ctx.getStop());
        return ctx.MINUS() == null ? literal : new Expr.Unary(Expr.UnOp.NEG, literal, ast.span(ctx));
    }

    // patternWithoutRange : 'ref'? 'mut'? IDENT ('@' patternNoTopAlt)? | '_' | '..' | '-'? literal | ('&' | '&&') 'mut'? p
    //                     | '(' patterns ')' | '[' … ']' | path '{' fields '}' | path '(' patterns ')' | path
    Pat patternWithoutRange(PatternWithoutRangeContext ctx) {
        if (ctx instanceof IdentPatternContext ident) {
            Pat sub = ident.AT() == null ? null : patternNoTopAlt(ident.patternNoTopAlt());
            if (sub instanceof Pat.Unsupported) return sub;
            return new Pat.Ident(ident.IDENT().getText(), ident.KW_MUT() != null, ident.KW_REF() != null, sub,
                    ast.span(ctx));
        }
        if (ctx instanceof RustParser.WildcardPatternContext) return new Pat.Wild(ast.span(ctx));
        if (ctx instanceof RustParser.RestPatternContext) return new Pat.Rest(ast.span(ctx));
        if (ctx instanceof ParenOrTuplePatternContext tuple) {
            if (tuple.pattern().size() == 1 && tuple.COMMA().isEmpty()) return pattern(tuple.pattern(0));
            List<Pat> elements = patterns(tuple.pattern());
            return elements == null ? firstUnsupported(tuple.pattern()) : new Pat.Tuple(elements, ast.span(ctx));
        }
        if (ctx instanceof RustParser.LiteralPatternContext lit) {
            Expr value = ast.exprs.literal(lit.literal());
            if (value instanceof Expr.Unsupported u) return unsupported(u.what() + " in patterns", ctx);
            if (value instanceof Expr.FloatLit) return unsupported("float literals in patterns", ctx);
            if (lit.MINUS() != null) value = new Expr.Unary(Expr.UnOp.NEG, value, ast.span(ctx));
            return new Pat.Literal(value, ast.span(ctx));
        }
        if (ctx instanceof RustParser.ReferencePatternContext ref) {
            if (ref.getStart().getType() == RustLexer.ANDAND) return unsupported("`&&` patterns", ctx);
            Pat inner = patternWithoutRange(ref.patternWithoutRange());
            if (inner instanceof Pat.Unsupported) return inner;
            return new Pat.Ref(inner, ref.KW_MUT() != null, ast.span(ctx));
        }
        if (ctx instanceof RustParser.StructPatternContext s) return structPattern(s);
        if (ctx instanceof RustParser.TupleStructPatternContext ts) {
            List<String> path = path(ts.pathExpression());
            if (path == null) return unsupported("qualified paths in patterns", ctx);
            List<Pat> elements = patterns(ts.pattern());
            return elements == null ? firstUnsupported(ts.pattern()) : new Pat.TupleStruct(path, elements, ast.span(ctx));
        }
        if (ctx instanceof RustParser.PathPatternContext p) {
            List<String> segments = new ArrayList<>();
            for (var segment : p.pathExprSegment()) {
                if (segment.genericArgs() != null) return unsupported("generic arguments in patterns", ctx);
                segments.add(segment.pathIdentSegment().getText());
            }
            return new Pat.Path(List.copyOf(segments), ast.span(ctx));
        }
        if (ctx instanceof RustParser.SlicePatternContext) return unsupported("slice patterns", ctx);
        return unsupported("qualified paths in patterns", ctx);
    }

    private Pat structPattern(RustParser.StructPatternContext ctx) {
        List<String> path = path(ctx.pathExpression());
        if (path == null) return unsupported("qualified paths in patterns", ctx);
        List<Pat.FieldPat> fields = new ArrayList<>();
        boolean rest = false;
        for (RustParser.StructPatternFieldContext f : ctx.structPatternField()) {
            if (f.DOTDOT() != null) {
                rest = true;
                continue;
            }
            if (f.pattern() != null) {
                Pat p = pattern(f.pattern());
                if (p instanceof Pat.Unsupported) return p;
                String name = f.IDENT() != null ? f.IDENT().getText() : f.INTEGER_LITERAL().getText();
                fields.add(new Pat.FieldPat(name, p, ast.span(f)));
            } else {
                String name = f.IDENT().getText();
                fields.add(new Pat.FieldPat(name, new Pat.Ident(name, f.KW_MUT() != null, f.KW_REF() != null, ast.span(f)),
                        ast.span(f)));
            }
        }
        return new Pat.Struct(path, List.copyOf(fields), rest, ast.span(ctx));
    }

    /** The segments of a plain path ({@code a::B}), null for a qualified one. */
    private static List<String> path(RustParser.PathExpressionContext ctx) {
        if (!(ctx instanceof RustParser.PlainPathContext plain)) return null;
        List<String> segments = new ArrayList<>();
        for (var segment : plain.pathExprSegment()) {
            if (segment.genericArgs() != null) return null;
            segments.add(segment.pathIdentSegment().getText());
        }
        return List.copyOf(segments);
    }

    private List<Pat> patterns(List<PatternContext> ctxs) {
        List<Pat> out = new ArrayList<>();
        for (PatternContext c : ctxs) {
            Pat p = pattern(c);
            if (p instanceof Pat.Unsupported) return null;
            out.add(p);
        }
        return List.copyOf(out);
    }

    private Pat firstUnsupported(List<PatternContext> ctxs) {
        for (PatternContext c : ctxs) {
            Pat p = pattern(c);
            if (p instanceof Pat.Unsupported) return p;
        }
        throw new IllegalStateException("no unsupported pattern");
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
