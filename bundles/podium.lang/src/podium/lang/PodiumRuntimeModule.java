/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;

import podium.lang.conversion.PodiumValueConverters;
import podium.lang.naming.PodiumQualifiedNameProvider;
import podium.lang.validation.PodiumLinkingDiagnosticMessageProvider;
import podium.lang.validation.PodiumSyntaxErrorMessageProvider;

/** Binds the language's hand-written services over the generated defaults. */
public class PodiumRuntimeModule extends AbstractPodiumRuntimeModule {

    @Override
    public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
        return PodiumQualifiedNameProvider.class;
    }

    @Override
    public Class<? extends IValueConverterService> bindIValueConverterService() {
        return PodiumValueConverters.class;
    }

    public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
        return PodiumSyntaxErrorMessageProvider.class;
    }

    public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
        return PodiumLinkingDiagnosticMessageProvider.class;
    }
}
