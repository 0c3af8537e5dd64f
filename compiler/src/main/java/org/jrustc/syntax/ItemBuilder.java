package org.jrustc.syntax;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.jrustc.diag.Span;
import org.jrustc.syntax.RustParser.AssociatedItemContext;
import org.jrustc.syntax.RustParser.FunctionContext;
import org.jrustc.syntax.RustParser.FunctionParamContext;
import org.jrustc.syntax.RustParser.FunctionQualifiersContext;
import org.jrustc.syntax.RustParser.IdentPatternContext;
import org.jrustc.syntax.RustParser.ImplItemContext;
import org.jrustc.syntax.RustParser.ItemContext;
import org.jrustc.syntax.RustParser.ItemKindContext;
import org.jrustc.syntax.RustParser.NamedStructContext;
import org.jrustc.syntax.RustParser.OuterAttributeContext;
import org.jrustc.syntax.RustParser.SelfParamContext;
import org.jrustc.syntax.RustParser.ShorthandSelfContext;
import org.jrustc.syntax.RustParser.StructFieldContext;
import org.jrustc.syntax.RustParser.StructFieldsContext;
import org.jrustc.syntax.RustParser.StructItemContext;
import org.jrustc.syntax.RustParser.TupleFieldContext;
import org.jrustc.syntax.RustParser.TupleFieldsContext;
import org.jrustc.syntax.RustParser.TupleStructContext;
import org.jrustc.syntax.ast.Block;
import org.jrustc.syntax.ast.Expr;
import org.jrustc.syntax.ast.Item;
import org.jrustc.syntax.ast.Pat;
import org.jrustc.syntax.ast.TypeExpr;

/** Builds {@link Item}s: functions, structs and enums (with their derives), impls, consts, type aliases and uses; other items are unsupported. */
final class ItemBuilder {
    private final AstBuilder ast;

    ItemBuilder(AstBuilder ast) {
        this.ast = ast;
    }

    // item : outerAttribute* visibility? itemKind
    Item item(ItemContext ctx) {
        ItemKindContext kind = ctx.itemKind();
        // `pub` belongs to the item; attributes do not (rustc's item spans start at `pub`).
        Token first = ctx.visibility() != null ? ctx.visibility().getStart() : kind.getStart();
        Span span = ast.spans.of(first, ctx.getStop());
        if (kind.function() != null) return function(kind.function(), span, Place.FREE, hasAttribute(ctx.outerAttribute(), "track_caller"));
        if (kind.structItem() != null) return struct(kind.structItem(), derives(ctx.outerAttribute()), span);
        if (kind.enumItem() != null && hasAttribute(ctx.outerAttribute(), "repr")) {
            return new Item.Unsupported("`#[repr]` on enums", span);
        }
        if (kind.enumItem() != null) return enumItem(kind.enumItem(), derives(ctx.outerAttribute()), span);
        if (kind.implItem() != null) return impl(kind.implItem(), span);
        if (kind.traitItem() != null) return trait(kind.traitItem(), span);
        if (kind.constItem() != null) return constItem(kind.constItem(), span, false);
        if (kind.staticItem() != null) return staticItem(kind.staticItem(), span);
        if (kind.useItem() != null) return useItem(kind.useItem(), span);
        if (kind.typeAlias() != null) return typeAlias(kind.typeAlias(), span);
        return new Item.Unsupported(unsupportedKind(kind), span);
    }

    // useItem : 'use' useTree ';'
    private Item useItem(RustParser.UseItemContext ctx, Span span) {
        List<Item.Import> imports = new ArrayList<>();
        String problem = imports(ctx.useTree(), List.of(), imports);
        if (problem != null) return new Item.Unsupported(problem, span);
        return new Item.Use(List.copyOf(imports), span);
    }

    // useTree : (simplePath? '::')? ('*' | '{' useTree, … '}') | simplePath ('as' (IDENT | '_'))?
    /** Collects the imports of a use tree under {@code prefix}; returns what is unsupported about it, or null. */
    private String imports(RustParser.UseTreeContext tree, List<String> prefix, List<Item.Import> out) {
        List<String> path = new ArrayList<>(prefix);
        if (tree.simplePath() != null) {
            for (var segment : tree.simplePath().simplePathSegment()) path.add(segment.getText());
        }
        if (tree.STAR() != null) {
            if (path.isEmpty()) return "glob imports of the crate root";
            out.add(new Item.Import(null, List.copyOf(path), true, ast.span(tree)));
            return null;
        }
        if (tree.LBRACE() != null) {
            for (RustParser.UseTreeContext inner : tree.useTree()) {
                String problem = imports(inner, path, out);
                if (problem != null) return problem;
            }
            return null;
        }
        if (path.get(path.size() - 1).equals("self")) return "`self` in `use` lists";
        String name = tree.KW_AS() == null ? path.get(path.size() - 1)
                : tree.IDENT() != null ? tree.IDENT().getText() : null;
        if (name == null) return "`use … as _`";
        out.add(new Item.Import(name, List.copyOf(path), false, ast.span(tree)));
        return null;
    }

    // constItem : 'const' (IDENT | '_') ':' type_ ('=' expression)? ';'
    private Item constItem(RustParser.ConstItemContext ctx, Span span, boolean inTrait) {
        if (ctx.IDENT() == null) return new Item.Unsupported("`const _` items", span);
        if (ctx.expression() == null && !inTrait) return new Item.Unsupported("`const` items without a value", span);
        if (ctx.expression() == null) {
            return new Item.Const(ctx.IDENT().getText(), ast.span(ctx.IDENT()), ast.types.type(ctx.type_()), null, span);
        }
        return new Item.Const(ctx.IDENT().getText(), ast.span(ctx.IDENT()), ast.types.type(ctx.type_()),
                ast.exprs.expr(ctx.expression()), span);
    }

    /** {@code type Item;} in a trait, {@code type Item = i32;} in an impl. */
    private Item associatedType(RustParser.TypeAliasContext ctx, boolean inTrait) {
        Span span = ast.span(ctx);
        if (ctx.genericParams() != null) return new Item.Unsupported("generic associated types", span);
        if (ctx.COLON() != null || ctx.whereClause() != null) return new Item.Unsupported("bounds on associated types", span);
        if (inTrait && ctx.type_() != null) return new Item.Unsupported("defaults of associated types", span);
        if (!inTrait && ctx.type_() == null) return new Item.Unsupported("associated types without a type", span);
        return new Item.TypeAlias(ctx.IDENT().getText(), ast.span(ctx.IDENT()), inTrait ? null : ast.types.type(ctx.type_()),
                span);
    }

    // staticItem : 'static' 'mut'? IDENT ':' type_ ('=' expression)? ';'
    /**
     * An immutable {@code static} is compiled as a constant: in this subset nothing but assigning to
     * it can tell the difference (no raw pointers to compare its address). {@code static mut} needs
     * {@code unsafe}.
     */
    private Item staticItem(RustParser.StaticItemContext ctx, Span span) {
        if (ctx.KW_MUT() != null) return new Item.Unsupported("`static mut` items", span);
        if (ctx.expression() == null) return new Item.Unsupported("`static` items without a value", span);
        return new Item.Const(ctx.IDENT().getText(), ast.span(ctx.IDENT()), ast.types.type(ctx.type_()),
                ast.exprs.expr(ctx.expression()), span, true);
    }

    // typeAlias : 'type' IDENT genericParams? (':' typeBounds?)? whereClause? ('=' type_)? ';'
    private Item typeAlias(RustParser.TypeAliasContext ctx, Span span) {
        if (ctx.genericParams() != null) return new Item.Unsupported("generic type aliases", span);
        if (ctx.type_() == null || ctx.whereClause() != null || ctx.COLON() != null) {
            return new Item.Unsupported("this form of type alias", span);
        }
        return new Item.TypeAlias(ctx.IDENT().getText(), ast.span(ctx.IDENT()), ast.types.type(ctx.type_()), span);
    }

    private static String unsupportedKind(ItemKindContext kind) {
        if (kind.useItem() != null) return "`use` declarations";
        if (kind.modItem() != null) return "modules";
        if (kind.constItem() != null) return "`const` items";
        if (kind.typeAlias() != null) return "type aliases";
        if (kind.externCrate() != null) return "`extern crate` declarations";
        return "`extern` blocks";
    }

    // function : functionQualifiers 'fn' IDENT genericParams? '(' functionParams? ')' ('->' type_)? whereClause?
    //            (block | ';')
    Item function(FunctionContext ctx, Span span) {
        return function(ctx, span, Place.FREE, false);
    }

    /** Where a function is declared: free, in an impl, or in a trait (which may leave out its body). */
    private enum Place { FREE, IMPL, TRAIT }

    private Item function(FunctionContext ctx, Span span, Place place, boolean trackCaller) {
        boolean inTrait = place == Place.TRAIT;
        String qualifier = qualifier(ctx.functionQualifiers());
        if (qualifier != null) return new Item.Unsupported(qualifier, ast.span(ctx.functionQualifiers()));
        String generics = TypeBuilder.genericsWhat(ctx.genericParams(), "generic methods in traits");
        if (generics != null && place == Place.TRAIT) return new Item.Unsupported(generics, ast.span(ctx.genericParams()));
        Map<String, List<Item.TraitBound>> bounds = new LinkedHashMap<>();
        List<Span> paramSpans = new ArrayList<>();
        String problem = typeParams(ctx.genericParams(), ctx.whereClause(), bounds, paramSpans);
        if (problem != null) return new Item.Unsupported(problem, ctx.whereClause() != null && bounds.isEmpty()
                ? ast.span(ctx.whereClause()) : ast.span(ctx.genericParams() != null ? ctx.genericParams() : ctx));
        if (ctx.block() == null && !inTrait) return new Item.Unsupported("functions without a body", span);

        Item.SelfParam self = null;
        List<Item.Param> params = new ArrayList<>();
        if (ctx.functionParams() != null) {
            SelfParamContext selfCtx = ctx.functionParams().selfParam();
            if (selfCtx instanceof ShorthandSelfContext shorthand) {
                self = selfParam(shorthand);
            } else if (selfCtx != null) {
                return new Item.Unsupported("typed `self` parameters", ast.span(selfCtx));
            }
            for (FunctionParamContext p : ctx.functionParams().functionParam()) {
                Pat pat = ast.patterns.pattern(p.pattern());
                String unsupported = unsupportedParameter(pat);
                if (unsupported != null) return new Item.Unsupported(unsupported, pat.span());
                params.add(param(p, pat));
            }
        }
        List<Item.TypeParam> typeParams = new ArrayList<>();
        int i = 0;
        for (var entry : bounds.entrySet()) typeParams.add(new Item.TypeParam(entry.getKey(), List.copyOf(entry.getValue()), paramSpans.get(i++)));
        // `x: impl Trait` is an anonymous type parameter of its own.
        for (int p = 0; p < params.size(); p++) {
            Item.Param param = params.get(p);
            params.set(p, new Item.Param(param.name(), param.mutable(), implTraitToParam(param.type(), typeParams),
                    param.nameSpan(), param.span()));
        }
        if (!typeParams.isEmpty() && place == Place.TRAIT) {
            return new Item.Unsupported("`impl Trait` parameters in trait methods", typeParams.get(0).span());
        }
        TypeExpr ret = ctx.type_() == null ? null : ast.types.type(ctx.type_());
        if (ret != null && containsImplTrait(ret)) return new Item.Unsupported("`impl Trait` in return position", ret.span());
        Block body = ctx.block() == null ? null : ast.blocks.block(ctx.block());
        return new Item.Fn(ctx.IDENT().getText(), ast.span(ctx.IDENT()), self, List.copyOf(params), ret, body,
                TypeBuilder.lifetimes(ctx.genericParams()), List.copyOf(typeParams), trackCaller, span);
    }

    /**
     * The type parameters of a function and their bounds, from {@code <T: A + B>} and {@code where T: C}
     * (lifetime parameters and bounds are left to the borrow checker); what is unsupported, or null.
     */
    private String typeParams(RustParser.GenericParamsContext generics, RustParser.WhereClauseContext where,
                              Map<String, List<Item.TraitBound>> out, List<Span> spans) {
        if (generics != null) {
            for (RustParser.GenericParamContext g : generics.genericParam()) {
                if (g instanceof RustParser.ConstParamContext) return "const generics";
                if (!(g instanceof RustParser.TypeParamContext tp)) continue;
                if (tp.type_() != null) return "default type parameters";
                List<Item.TraitBound> bounds = new ArrayList<>();
                if (tp.typeBounds() != null) {
                    String problem = ast.types.bounds(tp.typeBounds().typeBound(), bounds);
                    if (problem != null) return problem;
                }
                out.put(tp.IDENT().getText(), bounds);
                spans.add(ast.span(tp));
            }
        }
        if (where == null) return null;
        for (RustParser.WhereClauseItemContext item : where.whereClauseItem()) {
            if (item.type_() == null) continue; // 'a: 'b
            TypeExpr bounded = ast.types.type(item.type_());
            if (isSelfSized(bounded, item)) continue; // every type here is Sized; no `dyn` makes Self unsized
            List<Item.TraitBound> bounds = bounded instanceof TypeExpr.Path p && p.segments().size() == 1
                    && p.generics().isEmpty() ? out.get(p.last()) : null;
            if (bounds == null || item.forLifetimes() != null) return "this kind of `where` clause";
            if (item.typeBounds() != null) {
                String problem = ast.types.bounds(item.typeBounds().typeBound(), bounds);
                if (problem != null) return problem;
            }
        }
        return null;
    }

    /** {@code where Self: Sized}. */
    private boolean isSelfSized(TypeExpr bounded, RustParser.WhereClauseItemContext item) {
        if (!(bounded instanceof TypeExpr.Path p && p.segments().equals(List.of("Self")) && p.generics().isEmpty())
                || item.typeBounds() == null || item.forLifetimes() != null) {
            return false;
        }
        List<Item.TraitBound> bounds = new ArrayList<>();
        return ast.types.bounds(item.typeBounds().typeBound(), bounds) == null
                && bounds.stream().allMatch(b -> b.name().equals("Sized"));
    }

    /** Replaces each {@code impl Trait} in a parameter's type by a new anonymous type parameter. */
    private static TypeExpr implTraitToParam(TypeExpr type, List<Item.TypeParam> typeParams) {
        if (type instanceof TypeExpr.ImplTrait impl) {
            String written = "impl " + String.join(" + ", impl.bounds().stream().map(Item.TraitBound::name).toList());
            String name = written;
            // Each `impl Trait` is a parameter of its own, even when written alike: `#2` keeps them apart.
            for (int n = 2; taken(name, typeParams); n++) name = written + "#" + n;
            typeParams.add(new Item.TypeParam(name, impl.bounds(), impl.span()));
            return new TypeExpr.Path(List.of(name), List.of(), List.of(), impl.span());
        }
        if (type instanceof TypeExpr.Ref r) {
            return new TypeExpr.Ref(r.mutable(), r.lifetime(), implTraitToParam(r.inner(), typeParams), r.span());
        }
        return type;
    }

    private static boolean taken(String name, List<Item.TypeParam> typeParams) {
        return typeParams.stream().anyMatch(p -> p.name().equals(name));
    }

    private static boolean containsImplTrait(TypeExpr type) {
        if (type instanceof TypeExpr.ImplTrait) return true;
        if (type instanceof TypeExpr.Ref r) return containsImplTrait(r.inner());
        if (type instanceof TypeExpr.Tuple t) return t.elements().stream().anyMatch(ItemBuilder::containsImplTrait);
        if (type instanceof TypeExpr.Path p) return p.generics().stream().anyMatch(ItemBuilder::containsImplTrait);
        return false;
    }

    private static String qualifier(FunctionQualifiersContext ctx) {
        if (ctx.KW_CONST() != null) return "`const fn`";
        if (ctx.KW_ASYNC() != null) return "`async fn`";
        if (ctx.KW_UNSAFE() != null) return "`unsafe fn`";
        if (ctx.KW_EXTERN() != null) return "`extern` functions";
        return null;
    }

    // selfParam : ('&' LIFETIME?)? 'mut'? 'self'
    private Item.SelfParam selfParam(ShorthandSelfContext ctx) {
        boolean mutable = ctx.KW_MUT() != null;
        if (ctx.AND() == null) return new Item.SelfParam(Item.SelfKind.VALUE, mutable, ast.span(ctx));
        return new Item.SelfParam(mutable ? Item.SelfKind.REF_MUT : Item.SelfKind.REF, false, ast.span(ctx));
    }

    /** A parameter binds a name or `_`; anything else is refused by name. */
    private static String unsupportedParameter(Pat pat) {
        if (pat instanceof Pat.Unsupported u) return u.what() + " in parameters";
        if (pat instanceof Pat.Tuple) return "tuple patterns in parameters";
        if (!(pat instanceof Pat.Ident) && !(pat instanceof Pat.Wild)) return "patterns in parameters";
        if (pat instanceof Pat.Ident ident && ident.byRef()) return "`ref` parameters";
        return null;
    }

    // functionParam : outerAttribute* pattern ':' type_       — pattern is `x`, `mut x` or `_`
    private Item.Param param(FunctionParamContext ctx, Pat pat) {
        TypeExpr type = ast.types.type(ctx.type_());
        Span span = ast.spans.of(ctx.pattern().getStart(), ctx.getStop());
        if (pat instanceof Pat.Ident ident) {
            IdentPatternContext binding = PatternBuilder.plainBinding(ctx.pattern());
            Span nameSpan = binding != null ? ast.span(binding.IDENT()) : pat.span();
            return new Item.Param(ident.name(), ident.mutable(), type, nameSpan, span);
        }
        return new Item.Param("_", false, type, pat.span(), span);
    }

    // structItem : 'struct' IDENT genericParams? whereClause? ('{' structFields? '}' | '(' tupleFields? ')' ';' | ';')
    private Item struct(StructItemContext ctx, List<String> derives, Span span) {
        RustParser.GenericParamsContext genericParams = ctx.getRuleContext(RustParser.GenericParamsContext.class, 0);
        RustParser.WhereClauseContext where = ctx.getRuleContext(RustParser.WhereClauseContext.class, 0);
        if (where != null) return new Item.Unsupported("`where` clauses on structs", ast.span(where));
        List<Item.TypeParam> typeParams = new ArrayList<>();
        String problem = unboundedTypeParams(genericParams, typeParams);
        if (problem != null) return new Item.Unsupported(problem, ast.span(genericParams));

        TerminalNode name = ctx.getToken(RustLexer.IDENT, 0);
        List<Item.FieldDef> fields;
        Item.Shape shape;
        if (ctx instanceof NamedStructContext named) {
            shape = Item.Shape.NAMED;
            fields = namedFields(named.structFields());
        } else if (ctx instanceof TupleStructContext tuple) {
            shape = Item.Shape.TUPLE;
            fields = tupleFields(tuple.tupleFields());
        } else {
            shape = Item.Shape.UNIT;
            fields = List.of();
        }
        return new Item.Struct(name.getText(), ast.span(name), shape, fields, derives,
                TypeBuilder.lifetimes(genericParams), typeParams, span);
    }

    // enumItem : 'enum' IDENT genericParams? whereClause? '{' (enumVariant (',' enumVariant)* ','?)? '}'
    // enumVariant : outerAttribute* visibility? IDENT ('{' structFields? '}' | '(' tupleFields? ')')? ('=' expression)?
    private Item enumItem(RustParser.EnumItemContext ctx, List<String> derives, Span span) {
        if (ctx.whereClause() != null) return new Item.Unsupported("`where` clauses on enums", ast.span(ctx.whereClause()));
        List<Item.TypeParam> typeParams = new ArrayList<>();
        String problem = unboundedTypeParams(ctx.genericParams(), typeParams);
        if (problem != null) return new Item.Unsupported(problem, ast.span(ctx.genericParams()));
        List<Item.Variant> variants = new ArrayList<>();
        for (RustParser.EnumVariantContext v : ctx.enumVariant()) {
            Item.Shape shape = v.LBRACE() != null ? Item.Shape.NAMED : v.LPAREN() != null ? Item.Shape.TUPLE : Item.Shape.UNIT;
            List<Item.FieldDef> fields = shape == Item.Shape.NAMED ? namedFields(v.structFields())
                    : shape == Item.Shape.TUPLE ? tupleFields(v.tupleFields()) : List.of();
            Expr discriminant = v.expression() == null ? null : ast.exprs.expr(v.expression());
            variants.add(new Item.Variant(v.IDENT().getText(), ast.span(v.IDENT()), shape, fields, discriminant,
                    ast.spans.of(v.IDENT().getSymbol(), v.getStop())));
        }
        return new Item.Enum(ctx.IDENT().getText(), ast.span(ctx.IDENT()), List.copyOf(variants), derives,
                TypeBuilder.lifetimes(ctx.genericParams()), typeParams, span);
    }

    /** The type parameters of a struct or enum: bounds there are not supported (they go on the impls). */
    private String unboundedTypeParams(RustParser.GenericParamsContext generics, List<Item.TypeParam> out) {
        Map<String, List<Item.TraitBound>> bounds = new LinkedHashMap<>();
        List<Span> spans = new ArrayList<>();
        String problem = typeParams(generics, null, bounds, spans);
        if (problem != null) return problem;
        int i = 0;
        for (var entry : bounds.entrySet()) {
            if (!entry.getValue().isEmpty()) return "bounds on the type parameters of structs and enums";
            out.add(new Item.TypeParam(entry.getKey(), List.of(), spans.get(i++)));
        }
        return null;
    }

    private List<Item.FieldDef> namedFields(StructFieldsContext ctx) {
        List<Item.FieldDef> fields = new ArrayList<>();
        if (ctx == null) return fields;
        for (StructFieldContext f : ctx.structField()) {
            Span fieldSpan = ast.spans.of(f.IDENT().getSymbol(), f.getStop());
            fields.add(new Item.FieldDef(f.IDENT().getText(), ast.types.type(f.type_()), fieldSpan));
        }
        return List.copyOf(fields);
    }

    private List<Item.FieldDef> tupleFields(TupleFieldsContext ctx) {
        List<Item.FieldDef> fields = new ArrayList<>();
        if (ctx == null) return fields;
        for (TupleFieldContext f : ctx.tupleField()) {
            TypeExpr type = ast.types.type(f.type_());
            fields.add(new Item.FieldDef(String.valueOf(fields.size()), type, type.span()));
        }
        return List.copyOf(fields);
    }

    private static boolean hasAttribute(List<OuterAttributeContext> attributes, String name) {
        return attributes.stream().anyMatch(a -> a.attr().simplePath().getText().equals(name));
    }

    /** The names in {@code #[derive(A, B)]} attributes; other attributes are accepted and ignored. */
    private static List<String> derives(List<OuterAttributeContext> attributes) {
        List<String> names = new ArrayList<>();
        for (OuterAttributeContext attribute : attributes) {
            RustParser.AttrContext attr = attribute.attr();
            if (!attr.simplePath().getText().equals("derive") || attr.delimTokenTree() == null) continue;
            // derive(Clone, std::fmt::Debug): the last identifier before each comma names the trait.
            String last = null;
            for (ParseTree tree : attr.delimTokenTree().tokenTree()) {
                String text = tree.getText();
                if (text.equals(",")) {
                    if (last != null) names.add(last);
                    last = null;
                } else if (tree.getChildCount() == 1 && tree.getChild(0) instanceof TerminalNode t
                        && t.getSymbol().getType() == RustLexer.IDENT) {
                    last = text;
                }
            }
            if (last != null) names.add(last);
        }
        return List.copyOf(names);
    }

    // implItem : 'unsafe'? 'impl' genericParams? '!'? type_ ('for' type_)? whereClause?
    //            '{' innerAttribute* associatedItem* '}'
    private Item impl(ImplItemContext ctx, Span span) {
        if (ctx.KW_UNSAFE() != null) return new Item.Unsupported("`unsafe impl`", span);
        if (ctx.NOT() != null) return new Item.Unsupported("negative impls", span);
        Map<String, List<Item.TraitBound>> bounds = new LinkedHashMap<>();
        List<Span> spans = new ArrayList<>();
        String problem = typeParams(ctx.genericParams(), ctx.whereClause(), bounds, spans);
        if (problem != null) return new Item.Unsupported(problem, ctx.genericParams() != null ? ast.span(ctx.genericParams()) : span);
        List<Item.TypeParam> typeParams = new ArrayList<>();
        int i = 0;
        for (var entry : bounds.entrySet()) typeParams.add(new Item.TypeParam(entry.getKey(), List.copyOf(entry.getValue()), spans.get(i++)));

        String traitName = null;
        Span traitSpan = null;
        if (ctx.KW_FOR() != null) {
            TypeExpr trait = ast.types.type(ctx.type_(0));
            traitSpan = trait.span();
            if (!(trait instanceof TypeExpr.Path path)) return new Item.Unsupported("this kind of trait reference", traitSpan);
            if (!path.generics().isEmpty()) return new Item.Unsupported("generic traits", traitSpan);
            traitName = String.join("::", path.segments());
        }
        TypeExpr selfType = ast.types.type(ctx.type_(ctx.type_().size() - 1));
        List<Item.Fn> fns = new ArrayList<>();
        List<Item.Const> consts = new ArrayList<>();
        List<Item.TypeAlias> types = new ArrayList<>();
        for (AssociatedItemContext member : ctx.associatedItem()) {
            Item built = associated(member);
            if (built instanceof Item.Fn fn) fns.add(fn);
            else if (built instanceof Item.Const c) consts.add(c);
            else if (built instanceof Item.TypeAlias t) types.add(t);
            else return built;
        }
        if (!typeParams.isEmpty() && traitName != null) return new Item.Unsupported("generic trait impls", ast.span(ctx.genericParams()));
        return new Item.Impl(traitName, traitSpan, selfType, List.copyOf(fns), List.copyOf(consts), List.copyOf(types),
                TypeBuilder.lifetimes(ctx.genericParams()), List.copyOf(typeParams), span);
    }

    // associatedItem : outerAttribute* visibility? (function | constItem | typeAlias) | macroInvocationItem
    // traitItem : 'unsafe'? 'trait' IDENT genericParams? (':' typeBounds?)? whereClause?
    //             '{' innerAttribute* associatedItem* '}'
    private Item trait(RustParser.TraitItemContext ctx, Span span) {
        if (ctx.KW_UNSAFE() != null) return new Item.Unsupported("`unsafe trait`", span);
        String generics = TypeBuilder.genericsWhat(ctx.genericParams(), "generic traits");
        if (generics != null || ctx.genericParams() != null) {
            return new Item.Unsupported(generics != null ? generics : "generic traits", ast.span(ctx.genericParams()));
        }
        if (ctx.COLON() != null) return new Item.Unsupported("supertraits", span);
        if (ctx.whereClause() != null) return new Item.Unsupported("`where` clauses", ast.span(ctx.whereClause()));
        List<Item.Fn> methods = new ArrayList<>();
        List<Item.Const> consts = new ArrayList<>();
        List<Item.TypeAlias> types = new ArrayList<>();
        for (AssociatedItemContext member : ctx.associatedItem()) {
            Item built = associated(member, true);
            if (built instanceof Item.Fn fn) methods.add(fn);
            else if (built instanceof Item.Const c) consts.add(c);
            else if (built instanceof Item.TypeAlias t) types.add(t);
            else return built;
        }
        return new Item.Trait(ctx.IDENT().getText(), ast.span(ctx.IDENT()), List.copyOf(methods), List.copyOf(consts),
                List.copyOf(types), span);
    }

    private Item associated(AssociatedItemContext ctx) {
        return associated(ctx, false);
    }

    private Item associated(AssociatedItemContext ctx, boolean inTrait) {
        if (ctx.function() != null) {
            Token first = ctx.visibility() != null ? ctx.visibility().getStart() : ctx.function().getStart();
            return function(ctx.function(), ast.spans.of(first, ctx.getStop()), inTrait ? Place.TRAIT : Place.IMPL,
                    hasAttribute(ctx.outerAttribute(), "track_caller"));
        }
        if (ctx.constItem() != null) {
            Token first = ctx.visibility() != null ? ctx.visibility().getStart() : ctx.constItem().getStart();
            return constItem(ctx.constItem(), ast.spans.of(first, ctx.getStop()), inTrait);
        }
        if (ctx.typeAlias() != null) return associatedType(ctx.typeAlias(), inTrait);
        ParserRuleContext member = ctx.macroInvocationItem();
        String what = "macro invocations in impls";
        return new Item.Unsupported(what, ast.span(member));
    }
}
