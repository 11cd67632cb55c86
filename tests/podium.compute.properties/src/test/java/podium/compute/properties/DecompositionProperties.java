/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.compute.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

import podium.compute.Decompositions;
import podium.model.Decomposition;
import podium.model.Indicator;
import podium.model.IndicatorKind;
import podium.model.Level;
import podium.model.Organisation;
import podium.model.Qualifier;
import podium.model.OrganisationKind;
import podium.model.Share;
import podium.model.Target;
import podium.model.Unit;
import podium.model.builder.ModelBuilder;
import podium.model.query.DecompositionCheck;
import podium.model.query.ModelIndex;
import podium.model.units.Units;

/**
 * The decomposition check (分解到县): mismatch = sum of the shares − the parent target, per level, in
 * the parent's unit, whatever units the shares were written in; shares in another dimension are left out.
 */
class DecompositionProperties {

    /** The indicator's own unit; levels written without a unit are in it. */
    private static final Unit INDICATOR_UNIT = Unit.TEN_THOUSAND_USD;

    /** A level as written: an amount and its unit (NONE: the indicator's). */
    record Written(BigDecimal value, Unit unit) {

        @Override
        public String toString() {
            return value.toPlainString() + Units.label(unit);
        }
    }

    /** One county's share as written; either level may be absent. */
    record ShareSpec(Written guarantee, Written strive) {
    }

    @Provide
    Arbitrary<Written> parentLevel() {
        return written(Arbitraries.of(Unit.NONE, Unit.USD, Unit.TEN_THOUSAND_USD, Unit.HUNDRED_MILLION_USD));
    }

    @Provide
    Arbitrary<Written> parentLevels() {
        return parentLevel().injectNull(0.1);
    }

    @Provide
    Arbitrary<List<ShareSpec>> shares() {
        Arbitrary<Unit> units = Arbitraries.frequency(Tuple.of(4, Unit.NONE), Tuple.of(2, Unit.USD),
                Tuple.of(2, Unit.TEN_THOUSAND_USD), Tuple.of(2, Unit.HUNDRED_MILLION_USD),
                Tuple.of(1, Unit.TEN_THOUSAND_YUAN));
        Arbitrary<Written> level = written(units).injectNull(0.15);
        return Combinators.combine(level, level).as(ShareSpec::new).list().ofMinSize(0).ofMaxSize(12);
    }

    private static Arbitrary<Written> written(Arbitrary<Unit> units) {
        return Combinators.combine(Generators.amounts(), units).as(Written::new);
    }

    @Property
    void theMismatchIsTheSumOfTheSharesMinusTheParentInTheParentsUnit(
            @ForAll("parentLevels") Written guarantee, @ForAll("parentLevels") Written strive,
            @ForAll("shares") List<ShareSpec> specs) {
        CityPlan plan = new CityPlan(guarantee, strive, specs);

        DecompositionCheck check = plan.check();

        Unit unit = guarantee != null && guarantee.unit() != Unit.NONE ? guarantee.unit() : INDICATOR_UNIT;
        assertThat(check.unit()).isEqualTo(unit);
        assertSame(check.parentGuarantee(), inUnit(guarantee, unit));
        assertSame(check.parentStrive(), inUnit(strive, unit));
        assertSame(check.sharesGuarantee(), sumOfCompatible(specs.stream().map(ShareSpec::guarantee).toList(), unit));
        assertSame(check.sharesStrive(), sumOfCompatible(specs.stream().map(ShareSpec::strive).toList(), unit));
        assertSame(check.guaranteeMismatch(), difference(check.sharesGuarantee(), check.parentGuarantee()));
        assertSame(check.striveMismatch(), difference(check.sharesStrive(), check.parentStrive()));
        assertThat(check.incompatible()).containsExactlyInAnyOrderElementsOf(plan.sharesIn(Unit.TEN_THOUSAND_YUAN));
        assertThat(check.matches()).isEqualTo(isZeroOrNull(check.guaranteeMismatch())
                && isZeroOrNull(check.striveMismatch()) && check.incompatible().isEmpty());
    }

    @Property
    void sharesThatSplitTheParentExactlyMatchWhateverTheirUnitsAndAnyChangeShowsAsTheMismatch(
            @ForAll("parentLevel") Written guarantee, @ForAll("amounts") List<BigDecimal> parts,
            @ForAll("usdUnits") List<Unit> units, @ForAll("amount") BigDecimal change,
            @ForAll @IntRange(min = 0, max = 11) int changed) {
        Unit unit = effective(guarantee);
        List<ShareSpec> exact = split(inUnit(guarantee, unit), unit, parts, units);

        assertThat(new CityPlan(guarantee, null, exact).check().matches()).isTrue();

        int index = changed % exact.size();
        List<ShareSpec> off = new ArrayList<>(exact);
        Written before = exact.get(index).guarantee();
        off.set(index, new ShareSpec(new Written(before.value().add(change), before.unit()), null));
        DecompositionCheck check = new CityPlan(guarantee, null, off).check();

        assertThat(check.guaranteeMismatch()).isEqualByComparingTo(inUnit(new Written(change, before.unit()), unit));
        assertThat(check.matches()).isEqualTo(change.signum() == 0);
    }

    @Provide
    Arbitrary<List<BigDecimal>> amounts() {
        return Generators.amounts().list().ofMinSize(0).ofMaxSize(11);
    }

    @Provide
    Arbitrary<BigDecimal> amount() {
        return Generators.amounts();
    }

    @Provide
    Arbitrary<List<Unit>> usdUnits() {
        return Arbitraries.of(Unit.NONE, Unit.USD, Unit.TEN_THOUSAND_USD, Unit.HUNDRED_MILLION_USD).list().ofSize(12);
    }

    /** Shares of {@code total}: the given parts and the remainder, each written in its own unit. */
    private static List<ShareSpec> split(BigDecimal total, Unit unit, List<BigDecimal> parts, List<Unit> units) {
        List<BigDecimal> amounts = new ArrayList<>(parts);
        amounts.add(total.subtract(parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
        List<ShareSpec> shares = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            Unit written = units.get(i);
            Unit effective = written == Unit.NONE ? INDICATOR_UNIT : written;
            shares.add(new ShareSpec(new Written(Units.convert(amounts.get(i), unit, effective), written), null));
        }
        return shares;
    }

    private static BigDecimal inUnit(Written level, Unit unit) {
        if (level == null) {
            return null;
        }
        return Units.convert(level.value(), effective(level), unit);
    }

    private static BigDecimal sumOfCompatible(List<Written> levels, Unit unit) {
        List<BigDecimal> converted = levels.stream().filter(Objects::nonNull)
                .filter(l -> Units.compatible(effective(l), unit)).map(l -> inUnit(l, unit)).toList();
        return converted.isEmpty() ? null : converted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Unit effective(Written level) {
        return level.unit() == Unit.NONE ? INDICATOR_UNIT : level.unit();
    }

    private static BigDecimal difference(BigDecimal shares, BigDecimal parent) {
        return shares == null || parent == null ? null : shares.subtract(parent);
    }

    private static boolean isZeroOrNull(BigDecimal value) {
        return value == null || value.signum() == 0;
    }

    private static void assertSame(BigDecimal actual, BigDecimal expected) {
        if (expected == null) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isEqualByComparingTo(expected);
        }
    }

    /** A model with a city target for 2024 and its decomposition to as many counties as there are shares. */
    private static final class CityPlan {

        private final List<Share> shares = new ArrayList<>();
        private final ModelIndex index;

        CityPlan(Written guarantee, Written strive, List<ShareSpec> specs) {
            ModelBuilder b = new ModelBuilder("p");
            Indicator fdi = b.indicator("FDI", "实际利用外资", INDICATOR_UNIT, IndicatorKind.FLOW);
            Organisation city = b.organisation("c", "全市", OrganisationKind.CITY);
            Target target = b.target(fdi, city, "2024", null, null);
            target.setGuarantee(level(guarantee));
            target.setStrive(level(strive));
            Decomposition decomposition = b.decomposition(fdi, city, "2024");
            for (int i = 0; i < specs.size(); i++) {
                Organisation county = b.child(city, "c" + i, null, OrganisationKind.COUNTY);
                Share share = b.share(decomposition, county, null, null);
                share.setGuarantee(level(specs.get(i).guarantee()));
                share.setStrive(level(specs.get(i).strive()));
                shares.add(share);
            }
            index = ModelIndex.of(b.file());
        }

        DecompositionCheck check() {
            List<DecompositionCheck> checks = Decompositions.checkAll(index);
            assertThat(checks).hasSize(1);
            return checks.get(0);
        }

        List<Share> sharesIn(Unit unit) {
            return shares.stream().filter(s -> isIn(s.getGuarantee(), unit) || isIn(s.getStrive(), unit)).toList();
        }

        private static boolean isIn(Level level, Unit unit) {
            return level != null && level.getUnit() == unit;
        }

        private static Level level(Written written) {
            if (written == null) {
                return null;
            }
            return ModelBuilder.level(written.value().toPlainString(), written.unit(), Qualifier.AT_LEAST);
        }
    }
}
