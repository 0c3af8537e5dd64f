package org.jrustc.resolve;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jrustc.syntax.ast.Expr;
import org.jrustc.syntax.ast.Item;
import org.jrustc.syntax.ast.Pat;

/** The resolver's side tables: what each path names, and the binding each pattern or parameter introduces. */
public final class Resolution {
    public final Items items;
    public final Map<Expr.Path, Res> paths = new IdentityHashMap<>();
    public final Map<Pat.Ident, Binding> patterns = new IdentityHashMap<>();
    /** Patterns that name a value to compare with: a path, or a plain name that is a constant or unit struct. */
    public final Map<Pat, Res> patternValues = new IdentityHashMap<>();
    /** The struct a struct or tuple-struct pattern names. */
    public final Map<Pat, Item.Struct> patternStructs = new IdentityHashMap<>();
    /** The enum variant a struct or tuple-struct pattern names ({@code Shape::Circle(r)}). */
    public final Map<Pat, Res.Variant> patternVariants = new IdentityHashMap<>();
    public final Map<Item.Param, Binding> params = new IdentityHashMap<>();
    public final Map<Item.SelfParam, Binding> selfParams = new IdentityHashMap<>();
    /** The struct a {@code Self}-relative or plain struct literal names. */
    public final Map<Expr.StructLit, Item.Struct> structLits = new IdentityHashMap<>();
    /** The enum variant a struct literal builds ({@code Shape::Rect { w: 1, h: 2 }}). */
    public final Map<Expr.StructLit, Res.Variant> structLitVariants = new IdentityHashMap<>();
    /** For each fn, the struct or enum of its impl block (null for free functions). */
    public final Map<Item.Fn, Item.TypeDef> ownerOf = new IdentityHashMap<>();
    /** For each method declared in a trait, that trait. */
    public final Map<Item.Fn, Item.Trait> traitDeclOf = new IdentityHashMap<>();
    /** For each fn, the trait its impl block implements (null for inherent impls and free fns). */
    public final Map<Item.Fn, String> traitOf = new IdentityHashMap<>();

    public Resolution(Items items) { this.items = items; }
}
