/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.resource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.serializer.tokens.ICrossReferenceSerializer;

import podium.model.Actual;
import podium.model.ModelPackage;
import podium.model.Plan;
import podium.model.PlanElement;
import podium.model.PlanningFile;
import podium.model.Unit;

/**
 * Writes a parsed .podium file whose only changes are actuals added, changed or removed (and the plan's
 * as-of date, which an import may move) by patching its text: every other character stays as read, changed
 * actuals are rewritten in place, removed ones lose their line, new ones follow the last element and a
 * moved as-of date replaces the one written. Xtext's serializer takes minutes for a file of
 * 200,000 actuals; this takes the time of copying the text.
 */
final class ActualsText {

    private final IValueConverterService values;
    private final ICrossReferenceSerializer references;
    private final Map<Enumerator, String> keywords = new HashMap<>();
    private final CrossReference indicatorReference;
    private final CrossReference organisationReference;
    private final Map<EObject, String> names = new IdentityHashMap<>();

    ActualsText(IGrammarAccess grammar, IValueConverterService values, ICrossReferenceSerializer references) {
        this.values = values;
        this.references = references;
        for (String rule : List.of("Unit", "Basis")) {
            AbstractRule enumRule = GrammarUtil.findRuleForName(grammar.getGrammar(), rule);
            for (EnumLiteralDeclaration literal : EcoreUtil2.getAllContentsOfType(enumRule, EnumLiteralDeclaration.class)) {
                keywords.put(literal.getEnumLiteral().getInstance(), literal.getLiteral().getValue());
            }
        }
        AbstractRule actual = GrammarUtil.findRuleForName(grammar.getGrammar(), "Actual");
        indicatorReference = reference(actual, ModelPackage.Literals.ACTUAL__INDICATOR);
        organisationReference = reference(actual, ModelPackage.Literals.ACTUAL__ORGANISATION);
    }

    private static CrossReference reference(AbstractRule rule, EReference feature) {
        for (Assignment assignment : GrammarUtil.containedAssignments(rule)) {
            if (feature.getName().equals(assignment.getFeature()) && assignment.getTerminal() instanceof CrossReference c) {
                return c;
            }
        }
        throw new IllegalStateException("no cross-reference for " + feature.getName() + " in rule " + rule.getName());
    }

    /**
     * The new text of {@code file} parsed from {@code root}, or null when its changes are not only to
     * actuals in a way this class can write (elements moved, or new elements that are no actuals or not at
     * the end): the caller then serialises the whole model.
     */
    String patch(PlanningFile file, ICompositeNode root) {
        String original = root.getText();
        List<INode> nodes = NodeModelUtils.findNodesForFeature(file, ModelPackage.Literals.PLANNING_FILE__ELEMENTS);
        List<PlanElement> kept = new ArrayList<>();
        List<EObject> parsed = new ArrayList<>(nodes.size()); // the element of each node, by the node's index
        for (INode node : nodes) {
            EObject element = element(node);
            parsed.add(element);
            if (present(file, element)) {
                kept.add((PlanElement) element);
            } else if (!(element instanceof Actual)) {
                return null;
            }
        }
        List<PlanElement> elements = file.getElements();
        if (!elements.subList(0, kept.size()).equals(kept)) {
            return null; // moved or inserted before the end: not what an import does
        }
        List<PlanElement> added = elements.subList(kept.size(), elements.size());
        if (added.stream().anyMatch(e -> !(e instanceof Actual) || NodeModelUtils.getNode(e) != null)) {
            return null;
        }
        String newline = original.contains("\r\n") ? "\r\n" : "\n";
        StringBuilder lines = new StringBuilder();
        for (PlanElement element : added) {
            lines.append(newline).append(render((Actual) element));
        }
        Patched text = new Patched(original, insertionPoint(file, original, nodes, parsed), lines.toString());
        for (int i = 0; i < nodes.size(); i++) {
            INode node = nodes.get(i);
            EObject element = parsed.get(i);
            // a node computes its offsets by walking the node model: once each
            int offset = node.getOffset();
            int endOffset = node.getEndOffset();
            if (present(file, element)) {
                text.copyTo(offset);
                String rendered = element instanceof Actual a ? render(a) : null;
                if (element instanceof Plan plan) {
                    if (!patchAsOf(plan, text)) {
                        return null;
                    }
                    text.copyTo(endOffset);
                } else if (rendered == null || sameButForSpacing(original, offset, endOffset, rendered)) {
                    text.keep(offset, endOffset); // as written, comments and spacing with it
                } else {
                    text.replace(endOffset, rendered);
                }
            } else {
                int[] line = line(original, offset, endOffset);
                text.copyTo(line[0]);
                text.replace(line[1], "");
            }
        }
        text.copyTo(original.length());
        return text.toString();
    }

    /**
     * Writes the plan's as-of date where the text has it, when the import moved it; false when the text has
     * none to replace (the caller then serialises the whole model).
     */
    private boolean patchAsOf(Plan plan, Patched text) {
        List<INode> written = NodeModelUtils.findNodesForFeature(plan, ModelPackage.Literals.PLAN__AS_OF);
        if (written.isEmpty()) {
            return plan.getAsOf() == null;
        }
        if (plan.getAsOf() == null) {
            return false;
        }
        INode node = written.get(0);
        String date = values.toString(plan.getAsOf(), "DayValue");
        if (!date.equals(NodeModelUtils.getTokenText(node))) {
            text.copyTo(node.getOffset());
            text.replace(node.getEndOffset(), date);
        }
        return true;
    }

    /**
     * Where new actuals go: at the end of the last kept element's line (after a comment there), else
     * before the file's last line end.
     */
    private static int insertionPoint(PlanningFile file, String original, List<INode> nodes, List<EObject> parsed) {
        int end = -1;
        for (int i = nodes.size() - 1; i >= 0 && end < 0; i--) { // the last kept one, in the file's order
            if (present(file, parsed.get(i))) {
                end = nodes.get(i).getEndOffset();
            }
        }
        if (end < 0) {
            end = original.endsWith("\n") ? original.length() - 1 : original.length();
            return end > 0 && original.charAt(end - 1) == '\r' ? end - 1 : end;
        }
        int lineEnd = original.indexOf('\n', end);
        lineEnd = lineEnd < 0 ? original.length() : lineEnd;
        if (original.substring(end, lineEnd).contains("/*")) {
            return end; // a comment going on over the next lines: insert before it
        }
        return lineEnd > end && original.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
    }

    /** The new text: the original copied in order, with replaced ranges and the new lines at their point. */
    private static final class Patched {
        private final String original;
        private final int insertAt;
        private final String inserted;
        private final StringBuilder text;
        private int copied;
        private boolean done;

        Patched(String original, int insertAt, String inserted) {
            this.original = original;
            this.insertAt = insertAt;
            this.inserted = inserted;
            this.text = new StringBuilder(original.length() + inserted.length() + 16);
        }

        /** Copies the original up to {@code to}, inserting the new lines when their point is passed. */
        void copyTo(int to) {
            if (!done && insertAt >= copied && insertAt <= to) {
                text.append(original, copied, insertAt).append(inserted);
                copied = insertAt;
                done = true;
            }
            text.append(original, copied, Math.max(copied, to));
            copied = Math.max(copied, to);
        }

        /** Writes the original from {@code from} (where the copy stands) up to {@code to} as it is. */
        void keep(int from, int to) {
            text.append(original, from, to);
            copied = to;
        }

        /** Writes {@code replacement} for the original from here up to {@code to}. */
        void replace(int to, String replacement) {
            text.append(replacement);
            copied = to;
        }

        @Override
        public String toString() {
            if (!done) {
                text.append(inserted);
            }
            String result = text.toString();
            // a file without elements or a line end gets its new lines after a line end, and ends with one
            return original.isEmpty() && !inserted.isEmpty() ? result.substring(result.indexOf('\n') + 1) + "\n" : result;
        }
    }

    /**
     * Whether an element parsed from the file is still among its elements: contained by it, in that list (EMF
     * keeps an element in one container's list at most), which a set of the file's elements answered by hashing.
     */
    private static boolean present(PlanningFile file, EObject element) {
        return element != null && element.eContainer() == file
                && element.eContainmentFeature() == ModelPackage.Literals.PLANNING_FILE__ELEMENTS;
    }

    /** The element a node of {@code elements+=PlanElement} was parsed into (the rule call's node has none of its own). */
    private static EObject element(INode node) {
        for (INode n : node.getAsTreeIterable()) {
            if (n.hasDirectSemanticElement()) {
                return n.getSemanticElement();
            }
        }
        return null;
    }

    /**
     * Whether the text written from {@code from} to {@code to} says what {@code rendered} says, so that it is
     * kept (comments and spacing with it): the same with each run of whitespace (the regex {@code \s}: space,
     * tab, line ends, form feed, vertical tab) made one space, {@code written.replaceAll("\\s+", " ")
     * .equals(rendered)} without a regex and a copy for each of a file's actuals.
     */
    private static boolean sameButForSpacing(String text, int from, int to, String rendered) {
        int r = 0;
        for (int w = from; w < to;) {
            if (isSpace(text.charAt(w))) {
                while (w < to && isSpace(text.charAt(w))) {
                    w++;
                }
                if (r >= rendered.length() || rendered.charAt(r) != ' ') {
                    return false;
                }
            } else if (r >= rendered.length() || rendered.charAt(r) != text.charAt(w++)) {
                return false;
            }
            r++;
        }
        return r == rendered.length();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    /** From the start of the node's line to past its line end when the line holds nothing else, else the node. */
    private static int[] line(String text, int from, int to) {
        int start = from;
        while (start > 0 && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
            start--;
        }
        int stop = to;
        while (stop < text.length() && (text.charAt(stop) == ' ' || text.charAt(stop) == '\t')) {
            stop++;
        }
        boolean wholeLine = (start == 0 || text.charAt(start - 1) == '\n')
                && (stop == text.length() || text.charAt(stop) == '\n' || text.charAt(stop) == '\r');
        if (!wholeLine) {
            return new int[] {from, to};
        }
        if (stop < text.length() && text.charAt(stop) == '\r') {
            stop++;
        }
        return new int[] {start, stop < text.length() ? stop + 1 : stop};
    }

    /** An actual as the language writes it: {@code actual 外资 宛城区 2004-05 累计 121 万美元 last-year 98 source "…" reported 2004-06-10}. */
    String render(Actual actual) {
        StringBuilder b = new StringBuilder("actual ");
        b.append(name(actual, indicatorReference, ModelPackage.Literals.ACTUAL__INDICATOR, actual.getIndicator())).append(' ');
        b.append(name(actual, organisationReference, ModelPackage.Literals.ACTUAL__ORGANISATION, actual.getOrganisation())).append(' ');
        b.append(values.toString(actual.getMonth(), "MonthValue")).append(' ');
        b.append(keyword(actual.getBasis())).append(' ');
        b.append(values.toString(actual.getValue(), "Decimal"));
        String unit = actual.getUnit() == null || actual.getUnit() == Unit.NONE ? null : keyword(actual.getUnit());
        if (unit != null) {
            b.append(' ').append(unit);
        }
        if (actual.getPreviousYear() != null) {
            b.append(" last-year ").append(values.toString(actual.getPreviousYear(), "Decimal"));
        }
        if (actual.getSource() != null) {
            b.append(" source ").append(values.toString(actual.getSource(), "STRING"));
        }
        if (actual.getReportDate() != null) {
            b.append(" reported ").append(values.toString(actual.getReportDate(), "DayValue"));
        }
        return b.toString();
    }

    private String keyword(Enumerator literal) {
        String keyword = keywords.get(literal);
        if (keyword == null) {
            throw new IllegalStateException("no keyword for " + literal);
        }
        return keyword;
    }

    /**
     * The name a reference is written with, as the serializer finds it in the scope (one lookup per target);
     * for a link of the file that does not resolve (an error the import does not refuse a workspace for), the
     * name as the file writes it.
     */
    private String name(Actual actual, CrossReference reference, EReference feature, EObject target) {
        if (target == null) {
            throw new IllegalStateException("an actual without " + reference.getType().getClassifier().getName());
        }
        if (target.eIsProxy()) {
            List<INode> written = NodeModelUtils.findNodesForFeature(actual, feature);
            if (!written.isEmpty()) {
                return NodeModelUtils.getTokenText(written.get(0));
            }
        }
        return names.computeIfAbsent(target, t -> {
            String name = references.serializeCrossRef(actual, reference, t, null, null);
            if (name == null) {
                throw new IllegalStateException("no name in scope for " + t);
            }
            return name;
        });
    }
}
