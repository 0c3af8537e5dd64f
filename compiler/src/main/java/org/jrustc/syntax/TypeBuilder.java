package org.jrustc.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.jrustc.diag.Span;
import org.jrustc.syntax.RustParser.GenericArgContext;
import org.jrustc.syntax.RustParser.GenericParamContext;
import org.jrustc.syntax.RustParser.GenericParamsContext;
import org.jrustc.syntax.RustParser.LifetimeParamContext;
import org.jrustc.syntax.RustParser.ParenOrTupleTypeContext;
import org.jrustc.syntax.RustParser.PathTypeContext;
import org.jrustc.syntax.RustParser.PlainTypeContext;
import org.jrustc.syntax.RustParser.ReferenceTypeContext;
import org.jrustc.syntax.RustParser.TypeArgContext;
import org.jrustc.syntax.RustParser.TypeNoBoundsContext;
import org.jrustc.syntax.RustParser.TypePathContext;
import org.jrustc.syntax.RustParser.TypePathSegmentContext;
import org.jrustc.syntax.RustParser.Type_Context;
import org.jrustc.syntax.ast.Item;
import org.jrustc.syntax.ast.TypeExpr;

/** Builds {@link TypeExpr}s: paths with generic arguments, references, tuples, {@code !}. */
final class TypeBuilder {
    private final AstBuilder ast;

    TypeBuilder(AstBuilder ast) {
        this.ast = ast;
    }

    // type_ : typeNoBounds | 'impl' typeBounds | 'dyn' typeBounds
    TypeExpr type(Type_Context ctx) {
        if (ctx instanceof PlainTypeContext plain) return typeNoBounds(plain.typeNoBounds());
        if (ctx instanceof RustParser.ImplTraitTypeContext impl) return implTrait(impl.typeBounds().typeBound(), ctx);
        return unsupported("trait objects", ctx);
    }

    // typeNoBounds : '(' (type_ (',' type_)* ','?)? ')' | '!' | ('&' | '&&') LIFETIME? 'mut'? typeNoBounds
    //              | typePath | '*' … | '[' … ']' | '_' | '<' … '>' '::' … | 'fn' '(' … ')' | 'impl' … | 'dyn' …
    TypeExpr typeNoBounds(TypeNoBoundsContext ctx) {
        if (ctx instanceof PathTypeContext path) return typePath(path.typePath());
        if (ctx instanceof ReferenceTypeContext ref) return reference(ref);
        if (ctx instanceof ParenOrTupleTypeContext tuple) {
            List<TypeExpr> elements = new ArrayList<>();
            for (Type_Context t : tuple.type_()) elements.add(type(t));
            // `(T)` is T in parentheses; `(T,)` is a one-element tuple.
            if (elements.size() == 1 && tuple.COMMA().isEmpty()) return elements.get(0);
            return new TypeExpr.Tuple(List.copyOf(elements), ast.span(ctx));
        }
        if (ctx instanceof RustParser.NeverTypeContext) return new TypeExpr.Never(ast.span(ctx));
        if (ctx instanceof RustParser.RawPointerTypeContext) return unsupported("raw pointers", ctx);
        if (ctx instanceof RustParser.SliceTypeContext) return unsupported("slices", ctx);
        if (ctx instanceof RustParser.ArrayTypeContext array) {
            return new TypeExpr.Array(type(array.type_()), ast.exprs.expr(array.expression()), ast.span(ctx));
        }
        if (ctx instanceof RustParser.InferredTypeContext) return new TypeExpr.Infer(ast.span(ctx));
        if (ctx instanceof RustParser.QualifiedPathTypeContext) return unsupported("qualified paths", ctx);
        if (ctx instanceof RustParser.FunctionPointerTypeContext) return unsupported("function pointer types", ctx);
        if (ctx instanceof RustParser.ImplTraitTypeOneBoundContext impl) return implTrait(List.of(impl.typeBound()), ctx);
        return unsupported("trait objects", ctx);
    }

    // referenceType : ('&' | '&&') LIFETIME? 'mut'? typeNoBounds
    private TypeExpr reference(ReferenceTypeContext ctx) {
        TypeExpr inner = typeNoBounds(ctx.typeNoBounds());
        TypeExpr ref = new TypeExpr.Ref(ctx.KW_MUT() != null, AstBuilder.unquote(ctx.LIFETIME()), inner, ast.span(ctx));
        if (ctx.ANDAND() == null) return ref;
        // `&&T` is one token for two references: `& &T`.
        Span innerSpan = new Span(ast.span(ctx).start() + 1, ast.span(ctx).end());
        return new TypeExpr.Ref(false, null,
                new TypeExpr.Ref(ctx.KW_MUT() != null, AstBuilder.unquote(ctx.LIFETIME()), inner, innerSpan),
                ast.span(ctx));
    }

    // typePath : '::'? typePathSegment ('::' typePathSegment)*
    // typePathSegment : pathIdentSegment ('::'? (genericArgs | '(' types ')' ('->' typeNoBounds)?))?
    TypeExpr typePath(TypePathContext ctx) {
        List<String> segments = new ArrayList<>();
        List<TypeExpr> generics = new ArrayList<>();
        List<TypeExpr.Lifetime> lifetimes = new ArrayList<>();
        List<TypePathSegmentContext> all = ctx.typePathSegment();
        for (int i = 0; i < all.size(); i++) {
            TypePathSegmentContext segment = all.get(i);
            segments.add(segment.pathIdentSegment().getText());
            if (segment.LPAREN() != null) return unsupported("closure trait bounds", ctx);
            if (segment.genericArgs() == null) continue;
            if (i < all.size() - 1) return unsupported("generic arguments inside a path", segment.genericArgs());
            for (GenericArgContext arg : segment.genericArgs().genericArg()) {
                if (arg instanceof RustParser.LifetimeArgContext lifetime) {
                    lifetimes.add(new TypeExpr.Lifetime(AstBuilder.unquote(lifetime.LIFETIME()), ast.span(lifetime)));
                    continue;
                }
                if (!(arg instanceof TypeArgContext typeArg)) {
                    return unsupported(arg instanceof RustParser.AssociatedTypeArgContext
                              || arg instanceof RustParser.AssociatedBoundArgContext ? "associated type bindings"
                            : "const generics", arg);
                }
                generics.add(type(typeArg.type_()));
            }
        }
        return new TypeExpr.Path(List.copyOf(segments), List.copyOf(generics), List.copyOf(lifetimes), ast.span(ctx));
    }

    /**
     * What is unsupported about an item's generic parameters: {@code kind} ("generic functions")
     * when there are type or const parameters; null when there are none or only lifetimes (which
     * jrustc accepts: checking them is the borrow checker's job).
     */
    static String genericsWhat(GenericParamsContext ctx, String kind) {
        if (ctx == null) return null;
        for (GenericParamContext param : ctx.genericParam()) {
            if (!(param instanceof LifetimeParamContext)) return kind;
        }
        return null;
    }

    /** The names of the lifetime parameters, without the quote. */
    static List<String> lifetimes(GenericParamsContext ctx) {
        if (ctx == null) return List.of();
        List<String> names = new ArrayList<>();
        for (GenericParamContext param : ctx.genericParam()) {
            if (param instanceof LifetimeParamContext l) names.add(AstBuilder.unquote(l.LIFETIME()));
        }
        return List.copyOf(names);
    }

    private TypeExpr implTrait(List<RustParser.TypeBoundContext> bounds, ParserRuleContext ctx) {
        List<Item.TraitBound> traits = new ArrayList<>();
        String problem = bounds(bounds, traits);
        return problem != null ? unsupported(problem, ctx) : new TypeExpr.ImplTrait(List.copyOf(traits), ast.span(ctx));
    }

    /**
     * The traits of a list of bounds ({@code PartialOrd + Copy + 'a}: lifetimes are left to the
     * borrow checker) into {@code out}; what is unsupported about them, or null.
     */
    String bounds(List<RustParser.TypeBoundContext> bounds, List<Item.TraitBound> out) {
        for (RustParser.TypeBoundContext bound : bounds) {
            if (bound.LIFETIME() != null) continue;
            if (bound.QUESTION() != null) return "`?Sized` bounds";
            if (bound.forLifetimes() != null) return "higher-ranked trait bounds";
            TypeExpr path = typePath(bound.typePath());
            if (path instanceof TypeExpr.Unsupported u) return u.what();
            TypeExpr.Path p = (TypeExpr.Path) path;
            if (!p.generics().isEmpty()) return "generic traits";
            out.add(new Item.TraitBound(String.join("::", p.segments()), p.span()));
        }
        return null;
    }

    private TypeExpr unsupported(String what, ParserRuleContext ctx) {
        return new TypeExpr.Unsupported(what, ast.span(ctx));
    }
}
