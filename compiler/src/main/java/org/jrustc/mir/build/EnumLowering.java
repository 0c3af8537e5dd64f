package org.jrustc.mir.build;

import java.util.List;
import org.jrustc.diag.Span;
import org.jrustc.mir.Operand;
import org.jrustc.mir.Place;
import org.jrustc.mir.Rvalue;
import org.jrustc.mir.Statement;
import org.jrustc.mir.Terminator;
import org.jrustc.syntax.ast.Expr;
import org.jrustc.syntax.ast.Expr.BinOp;
import org.jrustc.types.EnumDef;
import org.jrustc.types.IntKind;
import org.jrustc.types.StructDef;
import org.jrustc.types.Ty;

/**
 * Enum values in the MIR, as rustc builds them: a variant is constructed by writing its payload's
 * fields through a downcast of the destination, then setting the discriminant; a variant is tested
 * by reading the tag; {@code as} reads the discriminant.
 */
final class EnumLowering {
    private final BodyBuilder b;

    EnumLowering(BodyBuilder b) {
        this.b = b;
    }

    /** {@code dest = Enum::Variant(fields…)}, the operands in the payload's field order. */
    void construct(Place dest, int variant, List<Operand> fields, Span span) {
        Place payload = dest.downcast(variant);
        StructDef def = ((Ty.Adt) payload.type()).def();
        for (int i = 0; i < fields.size(); i++) b.assign(payload.field(def, i), new Rvalue.Use(fields.get(i)), span);
        b.cfg.push(new Statement.SetDiscriminant(dest, variant, span));
    }

    /** Continues when the enum at {@code place} is variant {@code variant}, jumps to {@code fail} otherwise. */
    void testVariant(Place place, int variant, int fail, Span span) {
        Place tag = b.temp(Ty.USIZE, span);
        b.assign(tag, new Rvalue.VariantIndex(place), span);
        Place holds = b.temp(Ty.BOOL, span);
        b.assign(holds, b.binary(BinOp.EQ, new Operand.Copy(tag), BodyBuilder.constInt(variant, Ty.USIZE), span), span);
        int next = b.cfg.newBlock();
        b.cfg.block(b.cfg.current).terminator = new Terminator.SwitchBool(new Operand.Copy(holds), next, fail, span);
        b.cfg.switchTo(next);
    }

    /**
     * {@code operand?}: {@code Some(v)}/{@code Ok(v)} gives {@code v}; {@code None} returns {@code None},
     * {@code Err(e)} returns {@code Err(e)} (after the function's drops, as a {@code return} does).
     */
    void tryOperator(Expr.Try t, Place dest) {
        Place value = b.evaluateToTemp(t.operand());
        EnumDef operand = ((Ty.Enum) value.type()).def();
        boolean option = operand.variantIndex("Some") >= 0;
        int success = operand.variantIndex(option ? "Some" : "Ok");
        int fail = b.cfg.newBlock();
        testVariant(value, success, fail, t.span());
        Place payload = value.downcast(success);
        b.assign(dest, new Rvalue.Use(BodyBuilder.use(payload.field(((Ty.Adt) payload.type()).def(), 0))), t.span());
        int after = b.cfg.current;
        b.cfg.switchTo(fail);
        Place ret = Place.local(0, b.returnType());
        EnumDef returned = ((Ty.Enum) ret.type()).def();
        if (option) {
            construct(ret, returned.variantIndex("None"), List.of(), t.span());
        } else {
            int err = operand.variantIndex("Err");
            Place error = value.downcast(err);
            construct(ret, returned.variantIndex("Err"),
                    List.of(BodyBuilder.use(error.field(((Ty.Adt) error.type()).def(), 0))), t.span());
        }
        b.returnFromHere(t.span());
        b.cfg.switchTo(after);
    }

    /** {@code e as T} for a fieldless enum: its discriminant (an isize), then cast. */
    Rvalue cast(Place place, Ty target, Span span) {
        Place discriminant = b.temp(new Ty.Int(IntKind.ISIZE), span);
        b.assign(discriminant, new Rvalue.Discriminant(place), span);
        return new Rvalue.Cast(new Operand.Copy(discriminant), target);
    }
}
