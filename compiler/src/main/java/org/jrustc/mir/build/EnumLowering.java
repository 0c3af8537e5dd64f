package org.jrustc.mir.build;

import java.util.List;
import org.jrustc.diag.Span;
import org.jrustc.mir.Operand;
import org.jrustc.mir.Place;
import org.jrustc.mir.Rvalue;
import org.jrustc.mir.Statement;
import org.jrustc.mir.Terminator;
import org.jrustc.syntax.ast.Expr.BinOp;
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

    /** {@code e as T} for a fieldless enum: its discriminant (an isize), then cast. */
    Rvalue cast(Place place, Ty target, Span span) {
        Place discriminant = b.temp(new Ty.Int(IntKind.ISIZE), span);
        b.assign(discriminant, new Rvalue.Discriminant(place), span);
        return new Rvalue.Cast(new Operand.Copy(discriminant), target);
    }
}
