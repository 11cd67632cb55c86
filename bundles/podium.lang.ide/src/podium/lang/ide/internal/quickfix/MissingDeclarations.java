/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ide.internal.quickfix;

import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import podium.lang.ide.internal.Messages;
import podium.model.ModelPackage;
import podium.model.Quantity;
import podium.model.RankObservation;
import podium.model.Unit;

/**
 * The declaration that makes an unresolved name resolve: which kind of element the reference
 * expects (read from the grammar's cross reference at the name) and a minimal statement for it.
 */
public class MissingDeclarations {
    private static final ModelPackage MODEL = ModelPackage.eINSTANCE;
    /** The unit of a new indicator when nothing in the statement tells which. */
    private static final Unit DEFAULT_UNIT = Unit.TEN_THOUSAND_YUAN;

    /** A statement to append and the label of the fix. */
    public record Declaration(String label, String statement) {
    }

    /** The declaration for the unknown name the diagnostic is about, if its kind can be declared. */
    public Optional<Declaration> declarationFor(Resource resource, Document document, Diagnostic diagnostic) {
        if (!(resource instanceof XtextResource xtext) || xtext.getParseResult() == null) {
            return Optional.empty();
        }
        int offset = document.getOffSet(diagnostic.getRange().getStart());
        INode leaf = NodeModelUtils.findLeafNodeAtOffset(xtext.getParseResult().getRootNode(), offset);
        CrossReference reference = crossReferenceAbove(leaf);
        if (reference == null) {
            return Optional.empty();
        }
        String written = document.getSubstring(diagnostic.getRange()).strip();
        String name = written.substring(written.lastIndexOf('.') + 1);
        EObject context = NodeModelUtils.findActualSemanticObjectFor(leaf);
        return statement((EClass) reference.getType().getClassifier(), name, context)
                .map(statement -> new Declaration(NLS.bind(Messages.MissingDeclarations_declare, statement),
                        statement));
    }

    private static CrossReference crossReferenceAbove(INode node) {
        for (INode n = node; n != null; n = n.getParent()) {
            if (n.getGrammarElement() instanceof CrossReference reference) {
                return reference;
            }
        }
        return null;
    }

    private static Optional<String> statement(EClass type, String name, EObject context) {
        if (type == MODEL.getOrganisation()) {
            return Optional.of("org " + name);
        } else if (type == MODEL.getIndicator()) {
            return Optional.of("indicator " + name + " \"" + name + "\" unit " + unitWrittenIn(context).getLiteral());
        } else if (type == MODEL.getPeerGroup()) {
            return Optional.of("group " + name + " size " + groupSizeFrom(context));
        } else if (type == MODEL.getMeeting()) {
            return Optional.of("meeting " + name);
        }
        return Optional.empty();
    }

    /** The first unit written in the statement that names the new indicator. */
    private static Unit unitWrittenIn(EObject context) {
        EObject statement = context;
        while (statement != null && statement.eContainer() != null && statement.eContainer().eContainer() != null) {
            statement = statement.eContainer();
        }
        if (statement != null) {
            for (Quantity quantity : EcoreUtil2.getAllContentsOfType(statement, Quantity.class)) {
                if (quantity.getUnit() != Unit.NONE) {
                    return quantity.getUnit();
                }
            }
        }
        return DEFAULT_UNIT;
    }

    private static int groupSizeFrom(EObject context) {
        RankObservation rank = EcoreUtil2.getContainerOfType(context, RankObservation.class);
        if (rank == null) {
            return 1;
        }
        return Math.max(1, rank.getOf() > 0 ? rank.getOf() : rank.getRank());
    }
}
