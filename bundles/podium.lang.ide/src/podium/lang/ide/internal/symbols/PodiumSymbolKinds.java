/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ide.internal.symbols;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;

import podium.model.ModelPackage;

/** Outline icons by element kind: one distinct LSP kind per kind of statement. */
public class PodiumSymbolKinds extends DocumentSymbolKindProvider {
    private static final ModelPackage MODEL = ModelPackage.eINSTANCE;
    private static final Map<EClass, SymbolKind> KINDS = Map.ofEntries(
            Map.entry(MODEL.getPlan(), SymbolKind.Package),
            Map.entry(MODEL.getIndicator(), SymbolKind.Property),
            Map.entry(MODEL.getPeerGroup(), SymbolKind.Array),
            Map.entry(MODEL.getOrganisation(), SymbolKind.Module),
            Map.entry(MODEL.getTarget(), SymbolKind.Number),
            Map.entry(MODEL.getDecomposition(), SymbolKind.Struct),
            Map.entry(MODEL.getShare(), SymbolKind.Field),
            Map.entry(MODEL.getActual(), SymbolKind.Constant),
            Map.entry(MODEL.getRankObservation(), SymbolKind.EnumMember),
            Map.entry(MODEL.getProject(), SymbolKind.Object),
            Map.entry(MODEL.getMeasure(), SymbolKind.Event),
            Map.entry(MODEL.getMeeting(), SymbolKind.Namespace),
            Map.entry(MODEL.getSpeech(), SymbolKind.String));

    @Override
    protected SymbolKind getSymbolKind(EClass type) {
        SymbolKind kind = KINDS.get(type);
        return kind != null ? kind : super.getSymbolKind(type);
    }
}
