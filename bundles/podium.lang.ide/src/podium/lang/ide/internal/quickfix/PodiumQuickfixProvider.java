/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ide.internal.quickfix;

import static podium.model.ModelPackage.Literals.*;

import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;
import com.google.inject.Provider;

import podium.lang.ide.internal.IndicatorContext;
import podium.lang.ide.internal.Messages;
import podium.lang.naming.EnumKeywords;
import podium.inspections.InspectionDescriptor;
import podium.inspections.InspectionFix;
import podium.inspections.builtin.IssueCodes;
import podium.lang.internal.LanguageInspections;
import podium.model.Aggregation;
import podium.model.Import;
import podium.model.Indicator;
import podium.model.PeerGroup;
import podium.model.RankObservation;
import podium.model.Unit;

/**
 * Quick fixes keyed on Podium's issue codes, each a text edit: declare a missing element, use the
 * indicator's unit, swap 确保 and 力争, rebalance a split, and the one-word repairs.
 */
public class PodiumQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {
    private static final String UNRESOLVED = IssueCodes.UNRESOLVED_REFERENCE;

    @Inject
    private MissingDeclarations missing;

    @Inject
    private LevelFixes levels;

    @Inject
    private EnumKeywords keywords;

    @Inject
    private Provider<DiagnosticResolutionAcceptor> acceptors;

    @Inject
    private LanguageInspections inspections;

    @Override
    public boolean handlesDiagnostic(Diagnostic diagnostic) {
        return UNRESOLVED.equals(code(diagnostic)) || contributed(diagnostic) != null || super.handlesDiagnostic(diagnostic);
    }

    @Override
    public List<DiagnosticResolution> getResolutions(ICodeActionService2.Options options, Diagnostic diagnostic) {
        InspectionDescriptor inspection = contributed(diagnostic);
        if (inspection != null) {
            return contributedFixes(inspection, options, diagnostic);
        }
        if (!UNRESOLVED.equals(code(diagnostic))) {
            // the @QuickFix methods come in reflection's order: listed by title, as Xtext lists them
            return super.getResolutions(options, diagnostic).stream()
                    .sorted(Comparator.comparing(DiagnosticResolution::getLabel, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
        }
        // The label names the declaration, which depends on the diagnostic: not expressible as a @QuickFix method.
        DiagnosticResolutionAcceptor acceptor = acceptors.get();
        // the names the message suggests ("did you mean") first: a typo is likelier than a new element
        List<String> data = Edits.data(diagnostic);
        for (String similar : data.size() > 2 ? data.subList(2, data.size()) : List.<String>of()) {
            acceptor.accept(NLS.bind(Messages.PodiumQuickfixProvider_useName, similar),
                    (d, object, document) -> List.of(renamed(document, diagnostic, similar)));
        }
        missing.declarationFor(options.getResource(), options.getDocument(), diagnostic).ifPresent(declaration ->
                acceptor.accept(declaration.label(),
                        (d, object, document) -> List.of(Edits.appendLine(document, declaration.statement()))));
        return acceptor.getDiagnosticResolutions(options, diagnostic);
    }

    /** The unknown name as written replaced by {@code name}; a qualifier written before it (南阳.宛城区) is kept. */
    private static TextEdit renamed(Document document, Diagnostic diagnostic, String name) {
        int start = document.getOffSet(diagnostic.getRange().getStart());
        String written = document.getSubstring(diagnostic.getRange());
        int nameStart = written.lastIndexOf('.') + 1;
        String unknown = written.substring(nameStart).strip();
        int offset = start + nameStart + written.substring(nameStart).indexOf(unknown);
        return Edits.replace(document, offset, unknown.length(), name);
    }

    /** The inspection of the diagnostic when it was contributed with quick fixes of its own (docs/extending.md). */
    private InspectionDescriptor contributed(Diagnostic diagnostic) {
        return inspections.descriptor(code(diagnostic)).filter(InspectionDescriptor::hasFixes).orElse(null);
    }

    /** Each contributed fix changes the model at the finding; the editor writes the change into the text. */
    private List<DiagnosticResolution> contributedFixes(InspectionDescriptor inspection, ICodeActionService2.Options options,
            Diagnostic diagnostic) {
        DiagnosticResolutionAcceptor acceptor = acceptors.get();
        for (InspectionFix fix : inspection.fixes()) {
            acceptor.accept(fix.label(), (IChangeSerializer.IModification<EObject>) object -> fix.apply(owner(inspection, object)));
        }
        return acceptor.getDiagnosticResolutions(options, diagnostic);
    }

    /** The element the inspection checks, from the element the diagnostic's text starts in (it or a container). */
    private static EObject owner(InspectionDescriptor inspection, EObject object) {
        for (EObject o = object; o != null; o = o.eContainer()) {
            if (inspection.appliesTo(o)) {
                return o;
            }
        }
        return object;
    }

    private static String code(Diagnostic diagnostic) {
        return diagnostic.getCode() == null ? null
                : diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft() : String.valueOf(diagnostic.getCode().getRight());
    }

    @QuickFix(IssueCodes.IMPORT_AFTER_STATEMENTS)
    public void moveImportToTheTop(DiagnosticResolutionAcceptor acceptor) {
        acceptor.accept(Messages.PodiumQuickfixProvider_moveImport, (diagnostic, object, document) -> {
            Import anImport = EcoreUtil2.getContainerOfType(object, Import.class);
            return anImport == null ? List.of() : Edits.moveAboveFirstStatement(document, anImport);
        });
    }

    @QuickFix(IssueCodes.UNIT_MISMATCH)
    public void useIndicatorUnit(DiagnosticResolutionAcceptor acceptor) {
        unitFixes(acceptor);
    }

    @QuickFix(IssueCodes.PERCENT_VS_POINTS)
    public void usePercentOrPoints(DiagnosticResolutionAcceptor acceptor) {
        unitFixes(acceptor);
    }

    private void unitFixes(DiagnosticResolutionAcceptor acceptor) {
        acceptor.accept(Messages.PodiumQuickfixProvider_useIndicatorUnit, (diagnostic, object, document) -> {
            Unit unit = IndicatorContext.indicatorUnit(object);
            return unit == null ? List.of()
                    : List.of(Edits.replace(document, document.getTextRegion(diagnostic.getRange()).getOffset(),
                            document.getTextRegion(diagnostic.getRange()).getLength(), unit.getLiteral()));
        });
        acceptor.accept(Messages.PodiumQuickfixProvider_removeUnit,
                (diagnostic, object, document) -> List.of(LevelFixes.removeWithSpaceBefore(document, diagnostic)));
    }

    @QuickFix(IssueCodes.GROWTH_NOT_PERCENT)
    public void growthInPercent(DiagnosticResolutionAcceptor acceptor) {
        acceptor.accept(Messages.PodiumQuickfixProvider_growthInPercent, (diagnostic, object, document) -> List.of(
                new TextEdit(diagnostic.getRange(), Unit.PERCENT.getLiteral())));
    }

    @QuickFix(IssueCodes.INDICATOR_IN_POINTS)
    public void indicatorInPercent(DiagnosticResolutionAcceptor acceptor) {
        acceptor.accept(Messages.PodiumQuickfixProvider_indicatorInPercent, (diagnostic, object, document) -> List.of(
                new TextEdit(diagnostic.getRange(), Unit.PERCENT.getLiteral())));
    }

    @QuickFix(IssueCodes.STRIVE_BELOW_GUARANTEE)
    public void swapLevels(DiagnosticResolutionAcceptor acceptor) {
        acceptor.accept(Messages.PodiumQuickfixProvider_swapLevels,
                (diagnostic, object, document) -> levels.swap(object, document));
    }

    @QuickFix(IssueCodes.SPLIT_GUARANTEE_SUM)
    public void rebalanceGuarantee(DiagnosticResolutionAcceptor acceptor) {
        acceptor.accept(Messages.PodiumQuickfixProvider_rebalanceGuarantee,
                (diagnostic, object, document) -> levels.rebalance(diagnostic, object, document, true));
    }

    @QuickFix(IssueCodes.SPLIT_STRIVE_SUM)
    public void rebalanceStrive(DiagnosticResolutionAcceptor acceptor) {
        acceptor.accept(Messages.PodiumQuickfixProvider_rebalanceStrive,
                (diagnostic, object, document) -> levels.rebalance(diagnostic, object, document, false));
    }

    @QuickFix(IssueCodes.RATIO_SUMMED)
    public void averageRatio(DiagnosticResolutionAcceptor acceptor) {
        acceptor.accept(Messages.PodiumQuickfixProvider_averageRatio, (diagnostic, object, document) -> {
            Indicator indicator = EcoreUtil2.getContainerOfType(object, Indicator.class);
            INode sum = indicator == null ? null : Edits.node(indicator, INDICATOR__AGGREGATION);
            return sum == null ? List.of() : List.of(Edits.replace(document, sum, keywords.of(Aggregation.AVERAGE)));
        });
    }

    @QuickFix(IssueCodes.RANK_SIZE_DIFFERS)
    public void rankOfGroupSize(DiagnosticResolutionAcceptor acceptor) {
        acceptor.accept(Messages.PodiumQuickfixProvider_groupSize, (diagnostic, object, document) -> {
            RankObservation rank = EcoreUtil2.getContainerOfType(object, RankObservation.class);
            PeerGroup group = rank == null ? null : rank.getGroup();
            INode of = rank == null ? null : Edits.node(rank, RANK_OBSERVATION__OF);
            return group == null || group.eIsProxy() || of == null ? List.of()
                    : List.of(Edits.replace(document, of, String.valueOf(group.getSize())));
        });
    }
}
