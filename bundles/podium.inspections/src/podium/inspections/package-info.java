/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
/**
 * The inspections platform: the rules that check a plan model, contributed through the
 * {@code podium.inspections.inspections} extension point (Podium's own and plugins' alike), their
 * registry, the severities users choose, and the {@link podium.inspections.Inspector} that runs them on
 * any EMF model of the plan: a {@code .podium} workspace, an XMI model, the editor's text. See
 * docs/extending.md and docs/validation.md.
 *
 * @since 1.0
 */
package podium.inspections;
