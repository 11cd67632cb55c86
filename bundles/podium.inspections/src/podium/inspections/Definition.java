/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.eclipse.emf.ecore.EObject;

import podium.core.Severity;

/**
 * What an inspection is, next to its code: the stable code, the severity it has unless users change
 * it, its category and the kinds of model element it checks. Its names, messages and description in
 * English and Chinese are in the {@link #messages()} files under keys starting with the code
 * ({@code ACME-X001.name}, {@code ACME-X001.message}, {@code ACME-X001.description}).
 *
 * @since 1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Definition {

    /**
     * The stable code: the contributor's own prefix, a dash, a letter and three digits
     * ({@code ACME-X001}); the prefix {@code PDM} is Podium's.
     */
    String code();

    /** The severity the finding has unless the user changes it; never {@link Severity#IGNORE}. */
    Severity severity();

    Category category();

    /**
     * The model types the inspection checks ({@code Target.class}); the class then implements
     * {@link Inspection}. Empty for a problem a tool reports itself (a syntax error, an unreadable file).
     */
    Class<? extends EObject>[] elements() default {};

    /** Whether users may change the severity or turn the inspection off (syntax errors may not). */
    boolean configurable() default true;

    /**
     * The base name of the message files ({@code NAME.properties} in English, {@code NAME_zh_CN.properties}
     * in Chinese, UTF-8), relative to the class's package, or absolute when it starts with {@code /}.
     */
    String messages() default "inspections";
}
