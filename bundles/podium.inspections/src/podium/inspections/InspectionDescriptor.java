/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import podium.plugins.registry.Contributions;
import podium.plugins.registry.Contributor;
import podium.core.Severity;
import podium.inspections.internal.Definitions;
import podium.inspections.internal.Messages;

/**
 * One inspection of the catalogue: its {@link Definition} (code, default severity, category, element
 * kinds), its texts in both languages, the plugin that contributed it, and its classes, created on
 * first use.
 *
 * @since 1.0
 */
public final class InspectionDescriptor {

    private final Class<?> type;
    private final Definition definition;
    private final Contributor contributor;
    private final InspectionMessages messages;
    private final List<Class<?>> fixTypes;
    private Inspection<EObject> inspection;
    private List<InspectionFix> fixes;

    private InspectionDescriptor(Class<?> type, Contributor contributor, List<Class<?>> fixTypes) {
        this.type = type;
        this.definition = type.getAnnotation(Definition.class);
        this.contributor = Objects.requireNonNull(contributor, "contributor"); //$NON-NLS-1$
        this.messages = InspectionMessages.of(type, definition.messages());
        this.fixTypes = List.copyOf(fixTypes);
    }

    /**
     * The inspection defined by {@code type}'s {@link Definition}, with quick fixes of {@code fixTypes}.
     *
     * @throws IllegalArgumentException saying what is wrong with the definition (no annotation, a
     *         malformed code, a missing name...)
     */
    public static InspectionDescriptor of(Class<?> type, Contributor contributor, List<Class<?>> fixTypes) {
        List<String> problems = Definitions.problems(type, contributor);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems)); //$NON-NLS-1$
        }
        return new InspectionDescriptor(type, contributor, fixTypes);
    }

    /** The inspection defined by {@code type}, without quick fixes. */
    public static InspectionDescriptor of(Class<?> type, Contributor contributor) {
        return of(type, contributor, List.of());
    }

    /** Whether {@code code} has the form of an inspection's code: a prefix, a dash, a letter, three digits. */
    public static boolean isCode(String code) {
        return code != null && Definitions.CODE.matcher(code).matches();
    }

    /** The stable code, e.g. {@code PDM-T001} or {@code ACME-X001}. */
    public String code() {
        return definition.code();
    }

    public Severity defaultSeverity() {
        return definition.severity();
    }

    /** Whether users may change the severity or turn the inspection off. */
    public boolean configurable() {
        return definition.configurable();
    }

    public Category category() {
        return definition.category();
    }

    /** The model types the inspection checks; empty when a tool reports the problem itself. */
    public List<Class<? extends EObject>> elements() {
        return List.of(definition.elements());
    }

    /** Whether the inspection checks model elements (else a tool such as the parser reports it). */
    public boolean checksModel() {
        return definition.elements().length > 0;
    }

    /** Whether the inspection checks {@code element}. */
    public boolean appliesTo(EObject element) {
        for (Class<? extends EObject> kind : definition.elements()) {
            if (kind.isInstance(element)) {
                return true;
            }
        }
        return false;
    }

    public Contributor contributor() {
        return contributor;
    }

    /** The class that carries the definition. */
    public Class<?> type() {
        return type;
    }

    /** The one-line name in the user's language, e.g. 力争值未超过确保值. */
    public String name() {
        return name(Locale.getDefault());
    }

    public String name(Locale locale) {
        return messages.text(locale, code() + ".name"); //$NON-NLS-1$
    }

    /** What the inspection checks and how to fix what it finds, in the user's language (may be null). */
    public String description() {
        return description(Locale.getDefault());
    }

    public String description(Locale locale) {
        return messages.text(locale, code() + ".description"); //$NON-NLS-1$
    }

    /**
     * The message {@code CODE.message} (or {@code CODE.message.VARIANT} when {@code variant} is not
     * null) in {@code locale}'s language with {@code arguments} bound; the name when there is no message.
     */
    public String message(Locale locale, String variant, Object... arguments) {
        String key = code() + ".message" + (variant == null ? "" : '.' + variant); //$NON-NLS-1$ //$NON-NLS-2$
        String message = messages.format(locale, key, arguments);
        return message != null ? message : name(locale);
    }

    /** As {@link #message(Locale, String, Object...)} in the user's language. */
    public String message(String variant, Object... arguments) {
        return message(Locale.getDefault(), variant, arguments);
    }

    /** The contributor's message files the texts come from. */
    public InspectionMessages messages() {
        return messages;
    }

    /** The inspection, created once; only for descriptors that {@link #checksModel() check the model}. */
    @SuppressWarnings("unchecked")
    public synchronized Inspection<EObject> inspection() throws ContributionException {
        if (inspection == null) {
            inspection = (Inspection<EObject>) create(type, Inspection.class);
        }
        return inspection;
    }

    /** The quick fixes, created once; one that cannot be created is left out (and logged). */
    public synchronized List<InspectionFix> fixes() {
        if (fixes == null) {
            List<InspectionFix> created = new ArrayList<>();
            for (Class<?> fixType : fixTypes) {
                try {
                    created.add(create(fixType, InspectionFix.class));
                } catch (ContributionException e) {
                    Messages.log(e.getMessage(), e.getCause());
                }
            }
            fixes = List.copyOf(created);
        }
        return fixes;
    }

    /** Whether the inspection has quick fixes (without creating them). */
    public boolean hasFixes() {
        return !fixTypes.isEmpty();
    }

    private <T> T create(Class<?> clazz, Class<T> kind) throws ContributionException {
        if (!kind.isAssignableFrom(clazz)) {
            throw new ContributionException(NLS.bind(Messages.Contribution_wrongType,
                    new Object[] {clazz.getName(), code(), contributor.label(), kind.getName()}), null);
        }
        try {
            return kind.cast(clazz.getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            throw new ContributionException(NLS.bind(Messages.Contribution_cannotCreate,
                    new Object[] {clazz.getName(), code(), contributor.label(), Contributions.describe(e)}), e);
        }
    }

    @Override
    public String toString() {
        return code() + " (" + contributor.id() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
