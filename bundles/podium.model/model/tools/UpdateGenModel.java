/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/

import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/** Rebuilds podium.genmodel from podium.ecore, keeping the settings of the existing genmodel. */
public class UpdateGenModel {

    public static void main(String[] args) throws Exception {
        GenModelPackage.eINSTANCE.eClass();
        ResourceSet resources = new ResourceSetImpl();
        Map<String, Object> factories = resources.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new XMIResourceFactoryImpl());
        EPackage ePackage = (EPackage) resources.getResource(URI.createFileURI(args[0]), true).getContents().get(0);
        URI genModelUri = URI.createFileURI(args[1]);
        Resource resource = resources.getResource(genModelUri, true);
        GenModel old = (GenModel) resource.getContents().get(0);

        String importerId = old.getImporterID();
        List<String> foreignModels = List.copyOf(old.getForeignModel());
        GenModel fresh = GenModelFactory.eINSTANCE.createGenModel();
        fresh.initialize(List.of(ePackage));
        fresh.reconcile(old);
        fresh.setImporterID(importerId);
        fresh.getForeignModel().addAll(foreignModels);
        resource.getContents().clear();
        resource.getContents().add(fresh);
        resource.save(Map.of());
    }
}
