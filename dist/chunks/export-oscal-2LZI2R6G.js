import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  forTerminal
} from "./chunk-RKDDUEGZ.js";
import {
  auditLine,
  missingDetail,
  reasonWords
} from "./chunk-G7NKKWUE.js";
import {
  gateFlags,
  gateHelp,
  overridesFrom,
  settingsFlags,
  settingsHelp
} from "./chunk-XGPESNWV.js";
import {
  directoryArgument,
  emit,
  oneOf,
  parseFlags
} from "./chunk-OOQ6X7JJ.js";
import {
  check,
  configFileName
} from "./chunk-SHLGQVOQ.js";
import "./chunk-ERGGLECK.js";
import {
  maxConfigBytes,
  maxMappingBytes,
  readConfinedFile,
  relativeInside
} from "./chunk-3GU7VIBY.js";
import "./chunk-GZRYZUVX.js";
import "./chunk-WPZYCQ54.js";
import {
  UsageError
} from "./chunk-2FBNQCWA.js";
import {
  compareStrings
} from "./chunk-YGSFOW3Y.js";
import "./chunk-5GRUUBCQ.js";
import "./chunk-HBO2JP73.js";
import "./chunk-2EFRXZKO.js";
import {
  compareIsoIds,
  plural
} from "./chunk-ZWLGM2CQ.js";
import "./chunk-3PXOBMPD.js";
import "./chunk-OU57B5EK.js";
import "./chunk-UJACGHRY.js";

// src/commands/export-oscal.ts
import { createHash as createHash2, randomUUID } from "node:crypto";
import path from "node:path";

// src/report/oscal/catalogs.ts
var shippedCatalogs = {
  iso: {
    path: "mappings/oscal/iso27001-2022.catalog.json",
    uuid: "8f788ebf-dd63-5a24-a72f-11684734acb0",
    title: "ISO/IEC 27001:2022 \u2014 ISMS requirements (clauses 4 to 10) and Annex A controls (ids and titles)",
    sha256: "a9f3009847cf2fa846ff0c2d5e95c80b3b2614a126b58d8dcc18ca9667a669eb"
  },
  tsc: {
    path: "mappings/oscal/soc2-tsc-2017.catalog.json",
    uuid: "5807a76c-da35-54ef-b534-52cf3adbe5dc",
    title: "SOC 2 \u2014 2017 Trust Services Criteria, points of focus revised 2022 (ids and short subjects)",
    sha256: "db9f42130770a5c05879d2141a73f4c50cd632e30338f47da1b9f7f1c7270e7f"
  }
};
var shippedMappingFiles = {
  default: {
    path: "mappings/iso27001-2022-to-soc2.yaml",
    sha256: "860f40e28cc42d358a3941e9fe99ee0a329523eb07eaefe3caebe8cf260aa803"
  },
  seed: {
    path: "mappings/iso27001-2022-to-soc2-seed.yaml",
    sha256: "fd45f6b34c44755286da6ed74ee23c03558d5b3cee92593b404f9fd1d09f4129"
  }
};

// src/report/oscal/oscal.ts
import { createHash } from "node:crypto";

// node_modules/mime/dist/types/other.js
var types = {
  "application/prs.cww": ["cww"],
  "application/prs.xsf+xml": ["xsf"],
  "application/vnd.1000minds.decision-model+xml": ["1km"],
  "application/vnd.3gpp.pic-bw-large": ["plb"],
  "application/vnd.3gpp.pic-bw-small": ["psb"],
  "application/vnd.3gpp.pic-bw-var": ["pvb"],
  "application/vnd.3gpp2.tcap": ["tcap"],
  "application/vnd.3m.post-it-notes": ["pwn"],
  "application/vnd.accpac.simply.aso": ["aso"],
  "application/vnd.accpac.simply.imp": ["imp"],
  "application/vnd.acucobol": ["acu"],
  "application/vnd.acucorp": ["atc", "acutc"],
  "application/vnd.adobe.air-application-installer-package+zip": ["air"],
  "application/vnd.adobe.formscentral.fcdt": ["fcdt"],
  "application/vnd.adobe.fxp": ["fxp", "fxpl"],
  "application/vnd.adobe.xdp+xml": ["xdp"],
  "application/vnd.adobe.xfdf": ["*xfdf"],
  "application/vnd.age": ["age"],
  "application/vnd.ahead.space": ["ahead"],
  "application/vnd.airzip.filesecure.azf": ["azf"],
  "application/vnd.airzip.filesecure.azs": ["azs"],
  "application/vnd.amazon.ebook": ["azw"],
  "application/vnd.americandynamics.acc": ["acc"],
  "application/vnd.amiga.ami": ["ami"],
  "application/vnd.android.package-archive": ["apk"],
  "application/vnd.anser-web-certificate-issue-initiation": ["cii"],
  "application/vnd.anser-web-funds-transfer-initiation": ["fti"],
  "application/vnd.antix.game-component": ["atx"],
  "application/vnd.apple.installer+xml": ["mpkg"],
  "application/vnd.apple.keynote": ["key"],
  "application/vnd.apple.mpegurl": ["m3u8"],
  "application/vnd.apple.numbers": ["numbers"],
  "application/vnd.apple.pages": ["pages"],
  "application/vnd.apple.pkpass": ["pkpass"],
  "application/vnd.aristanetworks.swi": ["swi"],
  "application/vnd.astraea-software.iota": ["iota"],
  "application/vnd.audiograph": ["aep"],
  "application/vnd.autodesk.fbx": ["fbx"],
  "application/vnd.balsamiq.bmml+xml": ["bmml"],
  "application/vnd.blueice.multipass": ["mpm"],
  "application/vnd.bmi": ["bmi"],
  "application/vnd.businessobjects": ["rep"],
  "application/vnd.chemdraw+xml": ["cdxml"],
  "application/vnd.chipnuts.karaoke-mmd": ["mmd"],
  "application/vnd.cinderella": ["cdy"],
  "application/vnd.citationstyles.style+xml": ["csl"],
  "application/vnd.claymore": ["cla"],
  "application/vnd.cloanto.rp9": ["rp9"],
  "application/vnd.clonk.c4group": ["c4g", "c4d", "c4f", "c4p", "c4u"],
  "application/vnd.cluetrust.cartomobile-config": ["c11amc"],
  "application/vnd.cluetrust.cartomobile-config-pkg": ["c11amz"],
  "application/vnd.commonspace": ["csp"],
  "application/vnd.contact.cmsg": ["cdbcmsg"],
  "application/vnd.cosmocaller": ["cmc"],
  "application/vnd.crick.clicker": ["clkx"],
  "application/vnd.crick.clicker.keyboard": ["clkk"],
  "application/vnd.crick.clicker.palette": ["clkp"],
  "application/vnd.crick.clicker.template": ["clkt"],
  "application/vnd.crick.clicker.wordbank": ["clkw"],
  "application/vnd.criticaltools.wbs+xml": ["wbs"],
  "application/vnd.ctc-posml": ["pml"],
  "application/vnd.cups-ppd": ["ppd"],
  "application/vnd.curl.car": ["car"],
  "application/vnd.curl.pcurl": ["pcurl"],
  "application/vnd.dart": ["dart"],
  "application/vnd.data-vision.rdz": ["rdz"],
  "application/vnd.dbf": ["dbf"],
  "application/vnd.dcmp+xml": ["dcmp"],
  "application/vnd.dece.data": ["uvf", "uvvf", "uvd", "uvvd"],
  "application/vnd.dece.ttml+xml": ["uvt", "uvvt"],
  "application/vnd.dece.unspecified": ["uvx", "uvvx"],
  "application/vnd.dece.zip": ["uvz", "uvvz"],
  "application/vnd.denovo.fcselayout-link": ["fe_launch"],
  "application/vnd.dna": ["dna"],
  "application/vnd.dolby.mlp": ["mlp"],
  "application/vnd.dpgraph": ["dpg"],
  "application/vnd.dreamfactory": ["dfac"],
  "application/vnd.ds-keypoint": ["kpxx"],
  "application/vnd.dvb.ait": ["ait"],
  "application/vnd.dvb.service": ["svc"],
  "application/vnd.dynageo": ["geo"],
  "application/vnd.ecowin.chart": ["mag"],
  "application/vnd.enliven": ["nml"],
  "application/vnd.epson.esf": ["esf"],
  "application/vnd.epson.msf": ["msf"],
  "application/vnd.epson.quickanime": ["qam"],
  "application/vnd.epson.salt": ["slt"],
  "application/vnd.epson.ssf": ["ssf"],
  "application/vnd.eszigno3+xml": ["es3", "et3"],
  "application/vnd.ezpix-album": ["ez2"],
  "application/vnd.ezpix-package": ["ez3"],
  "application/vnd.fdf": ["*fdf"],
  "application/vnd.fdsn.mseed": ["mseed"],
  "application/vnd.fdsn.seed": ["seed", "dataless"],
  "application/vnd.flographit": ["gph"],
  "application/vnd.fluxtime.clip": ["ftc"],
  "application/vnd.framemaker": ["fm", "frame", "maker", "book"],
  "application/vnd.frogans.fnc": ["fnc"],
  "application/vnd.frogans.ltf": ["ltf"],
  "application/vnd.fsc.weblaunch": ["fsc"],
  "application/vnd.fujitsu.oasys": ["oas"],
  "application/vnd.fujitsu.oasys2": ["oa2"],
  "application/vnd.fujitsu.oasys3": ["oa3"],
  "application/vnd.fujitsu.oasysgp": ["fg5"],
  "application/vnd.fujitsu.oasysprs": ["bh2"],
  "application/vnd.fujixerox.ddd": ["ddd"],
  "application/vnd.fujixerox.docuworks": ["xdw"],
  "application/vnd.fujixerox.docuworks.binder": ["xbd"],
  "application/vnd.fuzzysheet": ["fzs"],
  "application/vnd.genomatix.tuxedo": ["txd"],
  "application/vnd.geogebra.file": ["ggb"],
  "application/vnd.geogebra.slides": ["ggs"],
  "application/vnd.geogebra.tool": ["ggt"],
  "application/vnd.geometry-explorer": ["gex", "gre"],
  "application/vnd.geonext": ["gxt"],
  "application/vnd.geoplan": ["g2w"],
  "application/vnd.geospace": ["g3w"],
  "application/vnd.gmx": ["gmx"],
  "application/vnd.google-apps.document": ["gdoc"],
  "application/vnd.google-apps.drawing": ["gdraw"],
  "application/vnd.google-apps.form": ["gform"],
  "application/vnd.google-apps.jam": ["gjam"],
  "application/vnd.google-apps.map": ["gmap"],
  "application/vnd.google-apps.presentation": ["gslides"],
  "application/vnd.google-apps.script": ["gscript"],
  "application/vnd.google-apps.site": ["gsite"],
  "application/vnd.google-apps.spreadsheet": ["gsheet"],
  "application/vnd.google-earth.kml+xml": ["kml"],
  "application/vnd.google-earth.kmz": ["kmz"],
  "application/vnd.gov.sk.xmldatacontainer+xml": ["xdcf"],
  "application/vnd.grafeq": ["gqf", "gqs"],
  "application/vnd.groove-account": ["gac"],
  "application/vnd.groove-help": ["ghf"],
  "application/vnd.groove-identity-message": ["gim"],
  "application/vnd.groove-injector": ["grv"],
  "application/vnd.groove-tool-message": ["gtm"],
  "application/vnd.groove-tool-template": ["tpl"],
  "application/vnd.groove-vcard": ["vcg"],
  "application/vnd.hal+xml": ["hal"],
  "application/vnd.handheld-entertainment+xml": ["zmm"],
  "application/vnd.hbci": ["hbci"],
  "application/vnd.hhe.lesson-player": ["les"],
  "application/vnd.hp-hpgl": ["hpgl"],
  "application/vnd.hp-hpid": ["hpid"],
  "application/vnd.hp-hps": ["hps"],
  "application/vnd.hp-jlyt": ["jlt"],
  "application/vnd.hp-pcl": ["pcl"],
  "application/vnd.hp-pclxl": ["pclxl"],
  "application/vnd.hydrostatix.sof-data": ["sfd-hdstx"],
  "application/vnd.ibm.minipay": ["mpy"],
  "application/vnd.ibm.modcap": ["afp", "listafp", "list3820"],
  "application/vnd.ibm.rights-management": ["irm"],
  "application/vnd.ibm.secure-container": ["sc"],
  "application/vnd.iccprofile": ["icc", "icm"],
  "application/vnd.igloader": ["igl"],
  "application/vnd.immervision-ivp": ["ivp"],
  "application/vnd.immervision-ivu": ["ivu"],
  "application/vnd.insors.igm": ["igm"],
  "application/vnd.intercon.formnet": ["xpw", "xpx"],
  "application/vnd.intergeo": ["i2g"],
  "application/vnd.intu.qbo": ["qbo"],
  "application/vnd.intu.qfx": ["qfx"],
  "application/vnd.ipunplugged.rcprofile": ["rcprofile"],
  "application/vnd.irepository.package+xml": ["irp"],
  "application/vnd.is-xpr": ["xpr"],
  "application/vnd.isac.fcs": ["fcs"],
  "application/vnd.jam": ["jam"],
  "application/vnd.jcp.javame.midlet-rms": ["rms"],
  "application/vnd.jisp": ["jisp"],
  "application/vnd.joost.joda-archive": ["joda"],
  "application/vnd.kahootz": ["ktz", "ktr"],
  "application/vnd.kde.karbon": ["karbon"],
  "application/vnd.kde.kchart": ["chrt"],
  "application/vnd.kde.kformula": ["kfo"],
  "application/vnd.kde.kivio": ["flw"],
  "application/vnd.kde.kontour": ["kon"],
  "application/vnd.kde.kpresenter": ["kpr", "kpt"],
  "application/vnd.kde.kspread": ["ksp"],
  "application/vnd.kde.kword": ["kwd", "kwt"],
  "application/vnd.kenameaapp": ["htke"],
  "application/vnd.kidspiration": ["kia"],
  "application/vnd.kinar": ["kne", "knp"],
  "application/vnd.koan": ["skp", "skd", "skt", "skm"],
  "application/vnd.kodak-descriptor": ["sse"],
  "application/vnd.las.las+xml": ["lasxml"],
  "application/vnd.llamagraphics.life-balance.desktop": ["lbd"],
  "application/vnd.llamagraphics.life-balance.exchange+xml": ["lbe"],
  "application/vnd.lotus-1-2-3": ["123"],
  "application/vnd.lotus-approach": ["apr"],
  "application/vnd.lotus-freelance": ["pre"],
  "application/vnd.lotus-notes": ["nsf"],
  "application/vnd.lotus-organizer": ["org"],
  "application/vnd.lotus-screencam": ["scm"],
  "application/vnd.lotus-wordpro": ["lwp"],
  "application/vnd.macports.portpkg": ["portpkg"],
  "application/vnd.mapbox-vector-tile": ["mvt"],
  "application/vnd.mcd": ["mcd"],
  "application/vnd.medcalcdata": ["mc1"],
  "application/vnd.mediastation.cdkey": ["cdkey"],
  "application/vnd.mfer": ["mwf"],
  "application/vnd.mfmp": ["mfm"],
  "application/vnd.micrografx.flo": ["flo"],
  "application/vnd.micrografx.igx": ["igx"],
  "application/vnd.mif": ["mif"],
  "application/vnd.mobius.daf": ["daf"],
  "application/vnd.mobius.dis": ["dis"],
  "application/vnd.mobius.mbk": ["mbk"],
  "application/vnd.mobius.mqy": ["mqy"],
  "application/vnd.mobius.msl": ["msl"],
  "application/vnd.mobius.plc": ["plc"],
  "application/vnd.mobius.txf": ["txf"],
  "application/vnd.mophun.application": ["mpn"],
  "application/vnd.mophun.certificate": ["mpc"],
  "application/vnd.mozilla.xul+xml": ["xul"],
  "application/vnd.ms-artgalry": ["cil"],
  "application/vnd.ms-cab-compressed": ["cab"],
  "application/vnd.ms-excel": ["xls", "xlm", "xla", "xlc", "xlt", "xlw"],
  "application/vnd.ms-excel.addin.macroenabled.12": ["xlam"],
  "application/vnd.ms-excel.sheet.binary.macroenabled.12": ["xlsb"],
  "application/vnd.ms-excel.sheet.macroenabled.12": ["xlsm"],
  "application/vnd.ms-excel.template.macroenabled.12": ["xltm"],
  "application/vnd.ms-fontobject": ["eot"],
  "application/vnd.ms-htmlhelp": ["chm"],
  "application/vnd.ms-ims": ["ims"],
  "application/vnd.ms-lrm": ["lrm"],
  "application/vnd.ms-officetheme": ["thmx"],
  "application/vnd.ms-outlook": ["msg"],
  "application/vnd.ms-pki.seccat": ["cat"],
  "application/vnd.ms-pki.stl": ["*stl"],
  "application/vnd.ms-powerpoint": ["ppt", "pps", "pot"],
  "application/vnd.ms-powerpoint.addin.macroenabled.12": ["ppam"],
  "application/vnd.ms-powerpoint.presentation.macroenabled.12": ["pptm"],
  "application/vnd.ms-powerpoint.slide.macroenabled.12": ["sldm"],
  "application/vnd.ms-powerpoint.slideshow.macroenabled.12": ["ppsm"],
  "application/vnd.ms-powerpoint.template.macroenabled.12": ["potm"],
  "application/vnd.ms-project": ["*mpp", "mpt"],
  "application/vnd.ms-visio.viewer": ["vdx"],
  "application/vnd.ms-word.document.macroenabled.12": ["docm"],
  "application/vnd.ms-word.template.macroenabled.12": ["dotm"],
  "application/vnd.ms-works": ["wps", "wks", "wcm", "wdb"],
  "application/vnd.ms-wpl": ["wpl"],
  "application/vnd.ms-xpsdocument": ["xps"],
  "application/vnd.mseq": ["mseq"],
  "application/vnd.musician": ["mus"],
  "application/vnd.muvee.style": ["msty"],
  "application/vnd.mynfc": ["taglet"],
  "application/vnd.nato.bindingdataobject+xml": ["bdo"],
  "application/vnd.neurolanguage.nlu": ["nlu"],
  "application/vnd.nitf": ["ntf", "nitf"],
  "application/vnd.noblenet-directory": ["nnd"],
  "application/vnd.noblenet-sealer": ["nns"],
  "application/vnd.noblenet-web": ["nnw"],
  "application/vnd.nokia.n-gage.ac+xml": ["*ac"],
  "application/vnd.nokia.n-gage.data": ["ngdat"],
  "application/vnd.nokia.n-gage.symbian.install": ["n-gage"],
  "application/vnd.nokia.radio-preset": ["rpst"],
  "application/vnd.nokia.radio-presets": ["rpss"],
  "application/vnd.novadigm.edm": ["edm"],
  "application/vnd.novadigm.edx": ["edx"],
  "application/vnd.novadigm.ext": ["ext"],
  "application/vnd.oasis.opendocument.chart": ["odc"],
  "application/vnd.oasis.opendocument.chart-template": ["otc"],
  "application/vnd.oasis.opendocument.database": ["odb"],
  "application/vnd.oasis.opendocument.formula": ["odf"],
  "application/vnd.oasis.opendocument.formula-template": ["odft"],
  "application/vnd.oasis.opendocument.graphics": ["odg"],
  "application/vnd.oasis.opendocument.graphics-template": ["otg"],
  "application/vnd.oasis.opendocument.image": ["odi"],
  "application/vnd.oasis.opendocument.image-template": ["oti"],
  "application/vnd.oasis.opendocument.presentation": ["odp"],
  "application/vnd.oasis.opendocument.presentation-template": ["otp"],
  "application/vnd.oasis.opendocument.spreadsheet": ["ods"],
  "application/vnd.oasis.opendocument.spreadsheet-template": ["ots"],
  "application/vnd.oasis.opendocument.text": ["odt"],
  "application/vnd.oasis.opendocument.text-master": ["odm"],
  "application/vnd.oasis.opendocument.text-template": ["ott"],
  "application/vnd.oasis.opendocument.text-web": ["oth"],
  "application/vnd.olpc-sugar": ["xo"],
  "application/vnd.oma.dd2+xml": ["dd2"],
  "application/vnd.openblox.game+xml": ["obgx"],
  "application/vnd.openofficeorg.extension": ["oxt"],
  "application/vnd.openstreetmap.data+xml": ["osm"],
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": [
    "pptx"
  ],
  "application/vnd.openxmlformats-officedocument.presentationml.slide": [
    "sldx"
  ],
  "application/vnd.openxmlformats-officedocument.presentationml.slideshow": [
    "ppsx"
  ],
  "application/vnd.openxmlformats-officedocument.presentationml.template": [
    "potx"
  ],
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ["xlsx"],
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template": [
    "xltx"
  ],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": [
    "docx"
  ],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.template": [
    "dotx"
  ],
  "application/vnd.osgeo.mapguide.package": ["mgp"],
  "application/vnd.osgi.dp": ["dp"],
  "application/vnd.osgi.subsystem": ["esa"],
  "application/vnd.palm": ["pdb", "pqa", "oprc"],
  "application/vnd.pawaafile": ["paw"],
  "application/vnd.pg.format": ["str"],
  "application/vnd.pg.osasli": ["ei6"],
  "application/vnd.picsel": ["efif"],
  "application/vnd.pmi.widget": ["wg"],
  "application/vnd.pocketlearn": ["plf"],
  "application/vnd.powerbuilder6": ["pbd"],
  "application/vnd.previewsystems.box": ["box"],
  "application/vnd.procrate.brushset": ["brushset"],
  "application/vnd.procreate.brush": ["brush"],
  "application/vnd.procreate.dream": ["drm"],
  "application/vnd.proteus.magazine": ["mgz"],
  "application/vnd.publishare-delta-tree": ["qps"],
  "application/vnd.pvi.ptid1": ["ptid"],
  "application/vnd.pwg-xhtml-print+xml": ["xhtm"],
  "application/vnd.quark.quarkxpress": [
    "qxd",
    "qxt",
    "qwd",
    "qwt",
    "qxl",
    "qxb"
  ],
  "application/vnd.rar": ["rar"],
  "application/vnd.realvnc.bed": ["bed"],
  "application/vnd.recordare.musicxml": ["mxl"],
  "application/vnd.recordare.musicxml+xml": ["musicxml"],
  "application/vnd.rig.cryptonote": ["cryptonote"],
  "application/vnd.rim.cod": ["cod"],
  "application/vnd.rn-realmedia": ["rm"],
  "application/vnd.rn-realmedia-vbr": ["rmvb"],
  "application/vnd.route66.link66+xml": ["link66"],
  "application/vnd.sailingtracker.track": ["st"],
  "application/vnd.seemail": ["see"],
  "application/vnd.sema": ["sema"],
  "application/vnd.semd": ["semd"],
  "application/vnd.semf": ["semf"],
  "application/vnd.shana.informed.formdata": ["ifm"],
  "application/vnd.shana.informed.formtemplate": ["itp"],
  "application/vnd.shana.informed.interchange": ["iif"],
  "application/vnd.shana.informed.package": ["ipk"],
  "application/vnd.simtech-mindmapper": ["twd", "twds"],
  "application/vnd.smaf": ["mmf"],
  "application/vnd.smart.teacher": ["teacher"],
  "application/vnd.software602.filler.form+xml": ["fo"],
  "application/vnd.solent.sdkm+xml": ["sdkm", "sdkd"],
  "application/vnd.spotfire.dxp": ["dxp"],
  "application/vnd.spotfire.sfs": ["sfs"],
  "application/vnd.stardivision.calc": ["sdc"],
  "application/vnd.stardivision.draw": ["sda"],
  "application/vnd.stardivision.impress": ["sdd"],
  "application/vnd.stardivision.math": ["smf"],
  "application/vnd.stardivision.writer": ["sdw", "vor"],
  "application/vnd.stardivision.writer-global": ["sgl"],
  "application/vnd.stepmania.package": ["smzip"],
  "application/vnd.stepmania.stepchart": ["sm"],
  "application/vnd.sun.wadl+xml": ["wadl"],
  "application/vnd.sun.xml.calc": ["sxc"],
  "application/vnd.sun.xml.calc.template": ["stc"],
  "application/vnd.sun.xml.draw": ["sxd"],
  "application/vnd.sun.xml.draw.template": ["std"],
  "application/vnd.sun.xml.impress": ["sxi"],
  "application/vnd.sun.xml.impress.template": ["sti"],
  "application/vnd.sun.xml.math": ["sxm"],
  "application/vnd.sun.xml.writer": ["sxw"],
  "application/vnd.sun.xml.writer.global": ["sxg"],
  "application/vnd.sun.xml.writer.template": ["stw"],
  "application/vnd.sus-calendar": ["sus", "susp"],
  "application/vnd.svd": ["svd"],
  "application/vnd.symbian.install": ["sis", "sisx"],
  "application/vnd.syncml+xml": ["xsm"],
  "application/vnd.syncml.dm+wbxml": ["bdm"],
  "application/vnd.syncml.dm+xml": ["xdm"],
  "application/vnd.syncml.dmddf+xml": ["ddf"],
  "application/vnd.tao.intent-module-archive": ["tao"],
  "application/vnd.tcpdump.pcap": ["pcap", "cap", "dmp"],
  "application/vnd.tmobile-livetv": ["tmo"],
  "application/vnd.trid.tpt": ["tpt"],
  "application/vnd.triscape.mxs": ["mxs"],
  "application/vnd.trueapp": ["tra"],
  "application/vnd.ufdl": ["ufd", "ufdl"],
  "application/vnd.uiq.theme": ["utz"],
  "application/vnd.umajin": ["umj"],
  "application/vnd.unity": ["unityweb"],
  "application/vnd.uoml+xml": ["uoml", "uo"],
  "application/vnd.vcx": ["vcx"],
  "application/vnd.visio": ["vsd", "vst", "vss", "vsw", "vsdx", "vtx"],
  "application/vnd.visionary": ["vis"],
  "application/vnd.vsf": ["vsf"],
  "application/vnd.wap.wbxml": ["wbxml"],
  "application/vnd.wap.wmlc": ["wmlc"],
  "application/vnd.wap.wmlscriptc": ["wmlsc"],
  "application/vnd.webturbo": ["wtb"],
  "application/vnd.wolfram.player": ["nbp"],
  "application/vnd.wordperfect": ["wpd"],
  "application/vnd.wqd": ["wqd"],
  "application/vnd.wt.stf": ["stf"],
  "application/vnd.xara": ["xar"],
  "application/vnd.xfdl": ["xfdl"],
  "application/vnd.yamaha.hv-dic": ["hvd"],
  "application/vnd.yamaha.hv-script": ["hvs"],
  "application/vnd.yamaha.hv-voice": ["hvp"],
  "application/vnd.yamaha.openscoreformat": ["osf"],
  "application/vnd.yamaha.openscoreformat.osfpvg+xml": ["osfpvg"],
  "application/vnd.yamaha.smaf-audio": ["saf"],
  "application/vnd.yamaha.smaf-phrase": ["spf"],
  "application/vnd.yellowriver-custom-menu": ["cmp"],
  "application/vnd.zul": ["zir", "zirz"],
  "application/vnd.zzazz.deck+xml": ["zaz"],
  "application/x-7z-compressed": ["7z"],
  "application/x-abiword": ["abw"],
  "application/x-ace-compressed": ["ace"],
  "application/x-apple-diskimage": ["*dmg"],
  "application/x-arj": ["arj"],
  "application/x-authorware-bin": ["aab", "x32", "u32", "vox"],
  "application/x-authorware-map": ["aam"],
  "application/x-authorware-seg": ["aas"],
  "application/x-bcpio": ["bcpio"],
  "application/x-bdoc": ["*bdoc"],
  "application/x-bittorrent": ["torrent"],
  "application/x-blender": ["blend"],
  "application/x-blorb": ["blb", "blorb"],
  "application/x-bzip": ["bz"],
  "application/x-bzip2": ["bz2", "boz"],
  "application/x-cbr": ["cbr", "cba", "cbt", "cbz", "cb7"],
  "application/x-cdlink": ["vcd"],
  "application/x-cfs-compressed": ["cfs"],
  "application/x-chat": ["chat"],
  "application/x-chess-pgn": ["pgn"],
  "application/x-chrome-extension": ["crx"],
  "application/x-cocoa": ["cco"],
  "application/x-compressed": ["*rar"],
  "application/x-conference": ["nsc"],
  "application/x-cpio": ["cpio"],
  "application/x-csh": ["csh"],
  "application/x-debian-package": ["*deb", "udeb"],
  "application/x-dgc-compressed": ["dgc"],
  "application/x-director": [
    "dir",
    "dcr",
    "dxr",
    "cst",
    "cct",
    "cxt",
    "w3d",
    "fgd",
    "swa"
  ],
  "application/x-doom": ["wad"],
  "application/x-dtbncx+xml": ["ncx"],
  "application/x-dtbook+xml": ["dtb"],
  "application/x-dtbresource+xml": ["res"],
  "application/x-dvi": ["dvi"],
  "application/x-envoy": ["evy"],
  "application/x-eva": ["eva"],
  "application/x-font-bdf": ["bdf"],
  "application/x-font-ghostscript": ["gsf"],
  "application/x-font-linux-psf": ["psf"],
  "application/x-font-pcf": ["pcf"],
  "application/x-font-snf": ["snf"],
  "application/x-font-type1": ["pfa", "pfb", "pfm", "afm"],
  "application/x-freearc": ["arc"],
  "application/x-futuresplash": ["spl"],
  "application/x-gca-compressed": ["gca"],
  "application/x-glulx": ["ulx"],
  "application/x-gnumeric": ["gnumeric"],
  "application/x-gramps-xml": ["gramps"],
  "application/x-gtar": ["gtar"],
  "application/x-hdf": ["hdf"],
  "application/x-httpd-php": ["php"],
  "application/x-install-instructions": ["install"],
  "application/x-ipynb+json": ["ipynb"],
  "application/x-iso9660-image": ["*iso"],
  "application/x-iwork-keynote-sffkey": ["*key"],
  "application/x-iwork-numbers-sffnumbers": ["*numbers"],
  "application/x-iwork-pages-sffpages": ["*pages"],
  "application/x-java-archive-diff": ["jardiff"],
  "application/x-java-jnlp-file": ["jnlp"],
  "application/x-keepass2": ["kdbx"],
  "application/x-latex": ["latex"],
  "application/x-lua-bytecode": ["luac"],
  "application/x-lzh-compressed": ["lzh", "lha"],
  "application/x-makeself": ["run"],
  "application/x-mie": ["mie"],
  "application/x-mobipocket-ebook": ["*prc", "mobi"],
  "application/x-ms-application": ["application"],
  "application/x-ms-shortcut": ["lnk"],
  "application/x-ms-wmd": ["wmd"],
  "application/x-ms-wmz": ["wmz"],
  "application/x-ms-xbap": ["xbap"],
  "application/x-msaccess": ["mdb"],
  "application/x-msbinder": ["obd"],
  "application/x-mscardfile": ["crd"],
  "application/x-msclip": ["clp"],
  "application/x-msdos-program": ["*exe"],
  "application/x-msdownload": ["*exe", "*dll", "com", "bat", "*msi"],
  "application/x-msmediaview": ["mvb", "m13", "m14"],
  "application/x-msmetafile": ["*wmf", "*wmz", "*emf", "emz"],
  "application/x-msmoney": ["mny"],
  "application/x-mspublisher": ["pub"],
  "application/x-msschedule": ["scd"],
  "application/x-msterminal": ["trm"],
  "application/x-mswrite": ["wri"],
  "application/x-netcdf": ["nc", "cdf"],
  "application/x-ns-proxy-autoconfig": ["pac"],
  "application/x-nzb": ["nzb"],
  "application/x-perl": ["pl", "pm"],
  "application/x-pilot": ["*prc", "*pdb"],
  "application/x-pkcs12": ["p12", "pfx"],
  "application/x-pkcs7-certificates": ["p7b", "spc"],
  "application/x-pkcs7-certreqresp": ["p7r"],
  "application/x-rar-compressed": ["*rar"],
  "application/x-redhat-package-manager": ["rpm"],
  "application/x-research-info-systems": ["ris"],
  "application/x-sea": ["sea"],
  "application/x-sh": ["sh"],
  "application/x-shar": ["shar"],
  "application/x-shockwave-flash": ["swf"],
  "application/x-silverlight-app": ["xap"],
  "application/x-sql": ["*sql"],
  "application/x-stuffit": ["sit"],
  "application/x-stuffitx": ["sitx"],
  "application/x-subrip": ["srt"],
  "application/x-sv4cpio": ["sv4cpio"],
  "application/x-sv4crc": ["sv4crc"],
  "application/x-t3vm-image": ["t3"],
  "application/x-tads": ["gam"],
  "application/x-tar": ["tar"],
  "application/x-tcl": ["tcl", "tk"],
  "application/x-tex": ["tex"],
  "application/x-tex-tfm": ["tfm"],
  "application/x-texinfo": ["texinfo", "texi"],
  "application/x-tgif": ["*obj"],
  "application/x-ustar": ["ustar"],
  "application/x-virtualbox-hdd": ["hdd"],
  "application/x-virtualbox-ova": ["ova"],
  "application/x-virtualbox-ovf": ["ovf"],
  "application/x-virtualbox-vbox": ["vbox"],
  "application/x-virtualbox-vbox-extpack": ["vbox-extpack"],
  "application/x-virtualbox-vdi": ["vdi"],
  "application/x-virtualbox-vhd": ["vhd"],
  "application/x-virtualbox-vmdk": ["vmdk"],
  "application/x-wais-source": ["src"],
  "application/x-web-app-manifest+json": ["webapp"],
  "application/x-x509-ca-cert": ["der", "crt", "pem"],
  "application/x-xfig": ["fig"],
  "application/x-xliff+xml": ["*xlf"],
  "application/x-xpinstall": ["xpi"],
  "application/x-xz": ["xz"],
  "application/x-zip-compressed": ["*zip"],
  "application/x-zmachine": ["z1", "z2", "z3", "z4", "z5", "z6", "z7", "z8"],
  "audio/vnd.dece.audio": ["uva", "uvva"],
  "audio/vnd.digital-winds": ["eol"],
  "audio/vnd.dra": ["dra"],
  "audio/vnd.dts": ["dts"],
  "audio/vnd.dts.hd": ["dtshd"],
  "audio/vnd.lucent.voice": ["lvp"],
  "audio/vnd.ms-playready.media.pya": ["pya"],
  "audio/vnd.nuera.ecelp4800": ["ecelp4800"],
  "audio/vnd.nuera.ecelp7470": ["ecelp7470"],
  "audio/vnd.nuera.ecelp9600": ["ecelp9600"],
  "audio/vnd.rip": ["rip"],
  "audio/x-aac": ["*aac"],
  "audio/x-aiff": ["aif", "aiff", "aifc"],
  "audio/x-caf": ["caf"],
  "audio/x-flac": ["flac"],
  "audio/x-m4a": ["*m4a"],
  "audio/x-matroska": ["mka"],
  "audio/x-mpegurl": ["m3u"],
  "audio/x-ms-wax": ["wax"],
  "audio/x-ms-wma": ["wma"],
  "audio/x-pn-realaudio": ["ram", "ra"],
  "audio/x-pn-realaudio-plugin": ["rmp"],
  "audio/x-realaudio": ["*ra"],
  "audio/x-wav": ["*wav"],
  "chemical/x-cdx": ["cdx"],
  "chemical/x-cif": ["cif"],
  "chemical/x-cmdf": ["cmdf"],
  "chemical/x-cml": ["cml"],
  "chemical/x-csml": ["csml"],
  "chemical/x-xyz": ["xyz"],
  "image/prs.btif": ["btif", "btf"],
  "image/prs.pti": ["pti"],
  "image/vnd.adobe.photoshop": ["psd"],
  "image/vnd.airzip.accelerator.azv": ["azv"],
  "image/vnd.blockfact.facti": ["facti"],
  "image/vnd.dece.graphic": ["uvi", "uvvi", "uvg", "uvvg"],
  "image/vnd.djvu": ["djvu", "djv"],
  "image/vnd.dvb.subtitle": ["*sub"],
  "image/vnd.dwg": ["dwg"],
  "image/vnd.dxf": ["dxf"],
  "image/vnd.fastbidsheet": ["fbs"],
  "image/vnd.fpx": ["fpx"],
  "image/vnd.fst": ["fst"],
  "image/vnd.fujixerox.edmics-mmr": ["mmr"],
  "image/vnd.fujixerox.edmics-rlc": ["rlc"],
  "image/vnd.microsoft.icon": ["ico"],
  "image/vnd.ms-dds": ["dds"],
  "image/vnd.ms-modi": ["mdi"],
  "image/vnd.ms-photo": ["wdp"],
  "image/vnd.net-fpx": ["npx"],
  "image/vnd.pco.b16": ["b16"],
  "image/vnd.tencent.tap": ["tap"],
  "image/vnd.valve.source.texture": ["vtf"],
  "image/vnd.wap.wbmp": ["wbmp"],
  "image/vnd.xiff": ["xif"],
  "image/vnd.zbrush.pcx": ["pcx"],
  "image/x-3ds": ["3ds"],
  "image/x-adobe-dng": ["dng"],
  "image/x-cmu-raster": ["ras"],
  "image/x-cmx": ["cmx"],
  "image/x-freehand": ["fh", "fhc", "fh4", "fh5", "fh7"],
  "image/x-icon": ["*ico"],
  "image/x-jng": ["jng"],
  "image/x-mrsid-image": ["sid"],
  "image/x-ms-bmp": ["*bmp"],
  "image/x-pcx": ["*pcx"],
  "image/x-pict": ["pic", "pct"],
  "image/x-portable-anymap": ["pnm"],
  "image/x-portable-bitmap": ["pbm"],
  "image/x-portable-graymap": ["pgm"],
  "image/x-portable-pixmap": ["ppm"],
  "image/x-rgb": ["rgb"],
  "image/x-tga": ["tga"],
  "image/x-xbitmap": ["xbm"],
  "image/x-xpixmap": ["xpm"],
  "image/x-xwindowdump": ["xwd"],
  "message/vnd.wfa.wsc": ["wsc"],
  "model/vnd.bary": ["bary"],
  "model/vnd.cld": ["cld"],
  "model/vnd.collada+xml": ["dae"],
  "model/vnd.dwf": ["dwf"],
  "model/vnd.gdl": ["gdl"],
  "model/vnd.gtw": ["gtw"],
  "model/vnd.mts": ["*mts"],
  "model/vnd.opengex": ["ogex"],
  "model/vnd.parasolid.transmit.binary": ["x_b"],
  "model/vnd.parasolid.transmit.text": ["x_t"],
  "model/vnd.pytha.pyox": ["pyo", "pyox"],
  "model/vnd.sap.vds": ["vds"],
  "model/vnd.usda": ["usda"],
  "model/vnd.usdz+zip": ["usdz"],
  "model/vnd.valve.source.compiled-map": ["bsp"],
  "model/vnd.vtu": ["vtu"],
  "text/prs.lines.tag": ["dsc"],
  "text/vnd.curl": ["curl"],
  "text/vnd.curl.dcurl": ["dcurl"],
  "text/vnd.curl.mcurl": ["mcurl"],
  "text/vnd.curl.scurl": ["scurl"],
  "text/vnd.dvb.subtitle": ["sub"],
  "text/vnd.familysearch.gedcom": ["ged"],
  "text/vnd.fly": ["fly"],
  "text/vnd.fmi.flexstor": ["flx"],
  "text/vnd.graphviz": ["gv"],
  "text/vnd.in3d.3dml": ["3dml"],
  "text/vnd.in3d.spot": ["spot"],
  "text/vnd.sun.j2me.app-descriptor": ["jad"],
  "text/vnd.wap.wml": ["wml"],
  "text/vnd.wap.wmlscript": ["wmls"],
  "text/x-asm": ["s", "asm"],
  "text/x-c": ["c", "cc", "cxx", "cpp", "h", "hh", "dic"],
  "text/x-component": ["htc"],
  "text/x-fortran": ["f", "for", "f77", "f90"],
  "text/x-handlebars-template": ["hbs"],
  "text/x-java-source": ["java"],
  "text/x-lua": ["lua"],
  "text/x-markdown": ["mkd"],
  "text/x-nfo": ["nfo"],
  "text/x-opml": ["opml"],
  "text/x-org": ["*org"],
  "text/x-pascal": ["p", "pas"],
  "text/x-processing": ["pde"],
  "text/x-sass": ["sass"],
  "text/x-scss": ["scss"],
  "text/x-setext": ["etx"],
  "text/x-sfv": ["sfv"],
  "text/x-suse-ymp": ["ymp"],
  "text/x-uuencode": ["uu"],
  "text/x-vcalendar": ["vcs"],
  "text/x-vcard": ["vcf"],
  "video/vnd.dece.hd": ["uvh", "uvvh"],
  "video/vnd.dece.mobile": ["uvm", "uvvm"],
  "video/vnd.dece.pd": ["uvp", "uvvp"],
  "video/vnd.dece.sd": ["uvs", "uvvs"],
  "video/vnd.dece.video": ["uvv", "uvvv"],
  "video/vnd.dvb.file": ["dvb"],
  "video/vnd.fvt": ["fvt"],
  "video/vnd.mpegurl": ["mxu", "m4u"],
  "video/vnd.ms-playready.media.pyv": ["pyv"],
  "video/vnd.uvvu.mp4": ["uvu", "uvvu"],
  "video/vnd.vivo": ["viv"],
  "video/x-f4v": ["f4v"],
  "video/x-fli": ["fli"],
  "video/x-flv": ["flv"],
  "video/x-m4v": ["m4v"],
  "video/x-matroska": ["mkv", "mk3d", "mks"],
  "video/x-mng": ["mng"],
  "video/x-ms-asf": ["asf", "asx"],
  "video/x-ms-vob": ["vob"],
  "video/x-ms-wm": ["wm"],
  "video/x-ms-wmv": ["wmv"],
  "video/x-ms-wmx": ["wmx"],
  "video/x-ms-wvx": ["wvx"],
  "video/x-msvideo": ["avi"],
  "video/x-sgi-movie": ["movie"],
  "video/x-smv": ["smv"],
  "x-conference/x-cooltalk": ["ice"]
};
Object.freeze(types);
var other_default = types;

// node_modules/mime/dist/types/standard.js
var types2 = {
  "application/andrew-inset": ["ez"],
  "application/appinstaller": ["appinstaller"],
  "application/applixware": ["aw"],
  "application/appx": ["appx"],
  "application/appxbundle": ["appxbundle"],
  "application/atom+xml": ["atom"],
  "application/atomcat+xml": ["atomcat"],
  "application/atomdeleted+xml": ["atomdeleted"],
  "application/atomsvc+xml": ["atomsvc"],
  "application/atsc-dwd+xml": ["dwd"],
  "application/atsc-held+xml": ["held"],
  "application/atsc-rsat+xml": ["rsat"],
  "application/automationml-aml+xml": ["aml"],
  "application/automationml-amlx+zip": ["amlx"],
  "application/bdoc": ["bdoc"],
  "application/calendar+xml": ["xcs"],
  "application/ccxml+xml": ["ccxml"],
  "application/cdfx+xml": ["cdfx"],
  "application/cdmi-capability": ["cdmia"],
  "application/cdmi-container": ["cdmic"],
  "application/cdmi-domain": ["cdmid"],
  "application/cdmi-object": ["cdmio"],
  "application/cdmi-queue": ["cdmiq"],
  "application/cpl+xml": ["cpl"],
  "application/cu-seeme": ["cu"],
  "application/cwl": ["cwl"],
  "application/dash+xml": ["mpd"],
  "application/dash-patch+xml": ["mpp"],
  "application/davmount+xml": ["davmount"],
  "application/dicom": ["dcm"],
  "application/docbook+xml": ["dbk"],
  "application/dssc+der": ["dssc"],
  "application/dssc+xml": ["xdssc"],
  "application/ecmascript": ["ecma"],
  "application/emma+xml": ["emma"],
  "application/emotionml+xml": ["emotionml"],
  "application/epub+zip": ["epub"],
  "application/exi": ["exi"],
  "application/express": ["exp"],
  "application/fdf": ["fdf"],
  "application/fdt+xml": ["fdt"],
  "application/font-tdpfr": ["pfr"],
  "application/geo+json": ["geojson"],
  "application/gml+xml": ["gml"],
  "application/gpx+xml": ["gpx"],
  "application/gxf": ["gxf"],
  "application/gzip": ["gz"],
  "application/hjson": ["hjson"],
  "application/hyperstudio": ["stk"],
  "application/inkml+xml": ["ink", "inkml"],
  "application/ipfix": ["ipfix"],
  "application/its+xml": ["its"],
  "application/java-archive": ["jar", "war", "ear"],
  "application/java-serialized-object": ["ser"],
  "application/java-vm": ["class"],
  "application/javascript": ["*js"],
  "application/json": ["json", "map"],
  "application/json5": ["json5"],
  "application/jsonml+json": ["jsonml"],
  "application/ld+json": ["jsonld"],
  "application/lgr+xml": ["lgr"],
  "application/lost+xml": ["lostxml"],
  "application/mac-binhex40": ["hqx"],
  "application/mac-compactpro": ["cpt"],
  "application/mads+xml": ["mads"],
  "application/manifest+json": ["webmanifest"],
  "application/marc": ["mrc"],
  "application/marcxml+xml": ["mrcx"],
  "application/mathematica": ["ma", "nb", "mb"],
  "application/mathml+xml": ["mathml"],
  "application/mbox": ["mbox"],
  "application/media-policy-dataset+xml": ["mpf"],
  "application/mediaservercontrol+xml": ["mscml"],
  "application/metalink+xml": ["metalink"],
  "application/metalink4+xml": ["meta4"],
  "application/mets+xml": ["mets"],
  "application/mmt-aei+xml": ["maei"],
  "application/mmt-usd+xml": ["musd"],
  "application/mods+xml": ["mods"],
  "application/mp21": ["m21", "mp21"],
  "application/mp4": ["*mp4", "*mpg4", "mp4s", "m4p"],
  "application/msix": ["msix"],
  "application/msixbundle": ["msixbundle"],
  "application/msword": ["doc", "dot"],
  "application/mxf": ["mxf"],
  "application/n-quads": ["nq"],
  "application/n-triples": ["nt"],
  "application/node": ["cjs"],
  "application/octet-stream": [
    "bin",
    "dms",
    "lrf",
    "mar",
    "so",
    "dist",
    "distz",
    "pkg",
    "bpk",
    "dump",
    "elc",
    "deploy",
    "exe",
    "dll",
    "deb",
    "dmg",
    "iso",
    "img",
    "msi",
    "msp",
    "msm",
    "buffer"
  ],
  "application/oda": ["oda"],
  "application/oebps-package+xml": ["opf"],
  "application/ogg": ["ogx"],
  "application/omdoc+xml": ["omdoc"],
  "application/onenote": [
    "onetoc",
    "onetoc2",
    "onetmp",
    "onepkg",
    "one",
    "onea"
  ],
  "application/oxps": ["oxps"],
  "application/p2p-overlay+xml": ["relo"],
  "application/patch-ops-error+xml": ["xer"],
  "application/pdf": ["pdf"],
  "application/pgp-encrypted": ["pgp"],
  "application/pgp-keys": ["asc"],
  "application/pgp-signature": ["sig", "*asc"],
  "application/pics-rules": ["prf"],
  "application/pkcs10": ["p10"],
  "application/pkcs7-mime": ["p7m", "p7c"],
  "application/pkcs7-signature": ["p7s"],
  "application/pkcs8": ["p8"],
  "application/pkix-attr-cert": ["ac"],
  "application/pkix-cert": ["cer"],
  "application/pkix-crl": ["crl"],
  "application/pkix-pkipath": ["pkipath"],
  "application/pkixcmp": ["pki"],
  "application/pls+xml": ["pls"],
  "application/postscript": ["ai", "eps", "ps"],
  "application/provenance+xml": ["provx"],
  "application/pskc+xml": ["pskcxml"],
  "application/raml+yaml": ["raml"],
  "application/rdf+xml": ["rdf", "owl"],
  "application/reginfo+xml": ["rif"],
  "application/relax-ng-compact-syntax": ["rnc"],
  "application/resource-lists+xml": ["rl"],
  "application/resource-lists-diff+xml": ["rld"],
  "application/rls-services+xml": ["rs"],
  "application/route-apd+xml": ["rapd"],
  "application/route-s-tsid+xml": ["sls"],
  "application/route-usd+xml": ["rusd"],
  "application/rpki-ghostbusters": ["gbr"],
  "application/rpki-manifest": ["mft"],
  "application/rpki-roa": ["roa"],
  "application/rsd+xml": ["rsd"],
  "application/rss+xml": ["rss"],
  "application/rtf": ["rtf"],
  "application/sbml+xml": ["sbml"],
  "application/scvp-cv-request": ["scq"],
  "application/scvp-cv-response": ["scs"],
  "application/scvp-vp-request": ["spq"],
  "application/scvp-vp-response": ["spp"],
  "application/sdp": ["sdp"],
  "application/senml+xml": ["senmlx"],
  "application/sensml+xml": ["sensmlx"],
  "application/set-payment-initiation": ["setpay"],
  "application/set-registration-initiation": ["setreg"],
  "application/shf+xml": ["shf"],
  "application/sieve": ["siv", "sieve"],
  "application/smil+xml": ["smi", "smil"],
  "application/sparql-query": ["rq"],
  "application/sparql-results+xml": ["srx"],
  "application/sql": ["sql"],
  "application/srgs": ["gram"],
  "application/srgs+xml": ["grxml"],
  "application/sru+xml": ["sru"],
  "application/ssdl+xml": ["ssdl"],
  "application/ssml+xml": ["ssml"],
  "application/swid+xml": ["swidtag"],
  "application/tei+xml": ["tei", "teicorpus"],
  "application/thraud+xml": ["tfi"],
  "application/timestamped-data": ["tsd"],
  "application/toml": ["toml"],
  "application/trig": ["trig"],
  "application/ttml+xml": ["ttml"],
  "application/ubjson": ["ubj"],
  "application/urc-ressheet+xml": ["rsheet"],
  "application/urc-targetdesc+xml": ["td"],
  "application/voicexml+xml": ["vxml"],
  "application/wasm": ["wasm"],
  "application/watcherinfo+xml": ["wif"],
  "application/widget": ["wgt"],
  "application/winhlp": ["hlp"],
  "application/wsdl+xml": ["wsdl"],
  "application/wspolicy+xml": ["wspolicy"],
  "application/xaml+xml": ["xaml"],
  "application/xcap-att+xml": ["xav"],
  "application/xcap-caps+xml": ["xca"],
  "application/xcap-diff+xml": ["xdf"],
  "application/xcap-el+xml": ["xel"],
  "application/xcap-ns+xml": ["xns"],
  "application/xenc+xml": ["xenc"],
  "application/xfdf": ["xfdf"],
  "application/xhtml+xml": ["xhtml", "xht"],
  "application/xliff+xml": ["xlf"],
  "application/xml": ["xml", "xsl", "xsd", "rng"],
  "application/xml-dtd": ["dtd"],
  "application/xop+xml": ["xop"],
  "application/xproc+xml": ["xpl"],
  "application/xslt+xml": ["*xsl", "xslt"],
  "application/xspf+xml": ["xspf"],
  "application/xv+xml": ["mxml", "xhvml", "xvml", "xvm"],
  "application/yang": ["yang"],
  "application/yin+xml": ["yin"],
  "application/zip": ["zip"],
  "application/zip+dotlottie": ["lottie"],
  "audio/3gpp": ["*3gpp"],
  "audio/aac": ["adts", "aac"],
  "audio/adpcm": ["adp"],
  "audio/amr": ["amr"],
  "audio/basic": ["au", "snd"],
  "audio/midi": ["mid", "midi", "kar", "rmi"],
  "audio/mobile-xmf": ["mxmf"],
  "audio/mp3": ["*mp3"],
  "audio/mp4": ["m4a", "mp4a", "m4b"],
  "audio/mpeg": ["mpga", "mp2", "mp2a", "mp3", "m2a", "m3a"],
  "audio/ogg": ["oga", "ogg", "spx", "opus"],
  "audio/s3m": ["s3m"],
  "audio/silk": ["sil"],
  "audio/wav": ["wav"],
  "audio/wave": ["*wav"],
  "audio/webm": ["weba"],
  "audio/xm": ["xm"],
  "font/collection": ["ttc"],
  "font/otf": ["otf"],
  "font/ttf": ["ttf"],
  "font/woff": ["woff"],
  "font/woff2": ["woff2"],
  "image/aces": ["exr"],
  "image/apng": ["apng"],
  "image/avci": ["avci"],
  "image/avcs": ["avcs"],
  "image/avif": ["avif"],
  "image/bmp": ["bmp", "dib"],
  "image/cgm": ["cgm"],
  "image/dicom-rle": ["drle"],
  "image/dpx": ["dpx"],
  "image/emf": ["emf"],
  "image/fits": ["fits"],
  "image/g3fax": ["g3"],
  "image/gif": ["gif"],
  "image/heic": ["heic"],
  "image/heic-sequence": ["heics"],
  "image/heif": ["heif"],
  "image/heif-sequence": ["heifs"],
  "image/hej2k": ["hej2"],
  "image/ief": ["ief"],
  "image/jaii": ["jaii"],
  "image/jais": ["jais"],
  "image/jls": ["jls"],
  "image/jp2": ["jp2", "jpg2"],
  "image/jpeg": ["jpg", "jpeg", "jpe"],
  "image/jph": ["jph"],
  "image/jphc": ["jhc"],
  "image/jpm": ["jpm", "jpgm"],
  "image/jpx": ["jpx", "jpf"],
  "image/jxl": ["jxl"],
  "image/jxr": ["jxr"],
  "image/jxra": ["jxra"],
  "image/jxrs": ["jxrs"],
  "image/jxs": ["jxs"],
  "image/jxsc": ["jxsc"],
  "image/jxsi": ["jxsi"],
  "image/jxss": ["jxss"],
  "image/ktx": ["ktx"],
  "image/ktx2": ["ktx2"],
  "image/pjpeg": ["jfif"],
  "image/png": ["png"],
  "image/sgi": ["sgi"],
  "image/svg+xml": ["svg", "svgz"],
  "image/t38": ["t38"],
  "image/tiff": ["tif", "tiff"],
  "image/tiff-fx": ["tfx"],
  "image/webp": ["webp"],
  "image/wmf": ["wmf"],
  "message/disposition-notification": ["disposition-notification"],
  "message/global": ["u8msg"],
  "message/global-delivery-status": ["u8dsn"],
  "message/global-disposition-notification": ["u8mdn"],
  "message/global-headers": ["u8hdr"],
  "message/rfc822": ["eml", "mime", "mht", "mhtml"],
  "model/3mf": ["3mf"],
  "model/gltf+json": ["gltf"],
  "model/gltf-binary": ["glb"],
  "model/iges": ["igs", "iges"],
  "model/jt": ["jt"],
  "model/mesh": ["msh", "mesh", "silo"],
  "model/mtl": ["mtl"],
  "model/obj": ["obj"],
  "model/prc": ["prc"],
  "model/step": ["step", "stp", "stpnc", "p21", "210"],
  "model/step+xml": ["stpx"],
  "model/step+zip": ["stpz"],
  "model/step-xml+zip": ["stpxz"],
  "model/stl": ["stl"],
  "model/u3d": ["u3d"],
  "model/vrml": ["wrl", "vrml"],
  "model/x3d+binary": ["*x3db", "x3dbz"],
  "model/x3d+fastinfoset": ["x3db"],
  "model/x3d+vrml": ["*x3dv", "x3dvz"],
  "model/x3d+xml": ["x3d", "x3dz"],
  "model/x3d-vrml": ["x3dv"],
  "text/cache-manifest": ["appcache", "manifest"],
  "text/calendar": ["ics", "ifb"],
  "text/coffeescript": ["coffee", "litcoffee"],
  "text/css": ["css"],
  "text/csv": ["csv"],
  "text/html": ["html", "htm", "shtml"],
  "text/jade": ["jade"],
  "text/javascript": ["js", "mjs"],
  "text/jsx": ["jsx"],
  "text/less": ["less"],
  "text/markdown": ["md", "markdown"],
  "text/mathml": ["mml"],
  "text/mdx": ["mdx"],
  "text/n3": ["n3"],
  "text/plain": ["txt", "text", "conf", "def", "list", "log", "in", "ini"],
  "text/richtext": ["rtx"],
  "text/rtf": ["*rtf"],
  "text/sgml": ["sgml", "sgm"],
  "text/shex": ["shex"],
  "text/slim": ["slim", "slm"],
  "text/spdx": ["spdx"],
  "text/stylus": ["stylus", "styl"],
  "text/tab-separated-values": ["tsv"],
  "text/troff": ["t", "tr", "roff", "man", "me", "ms"],
  "text/turtle": ["ttl"],
  "text/uri-list": ["uri", "uris", "urls"],
  "text/vcard": ["vcard"],
  "text/vtt": ["vtt"],
  "text/wgsl": ["wgsl"],
  "text/xml": ["*xml"],
  "text/yaml": ["yaml", "yml"],
  "video/3gpp": ["3gp", "3gpp"],
  "video/3gpp2": ["3g2"],
  "video/h261": ["h261"],
  "video/h263": ["h263"],
  "video/h264": ["h264"],
  "video/iso.segment": ["m4s"],
  "video/jpeg": ["jpgv"],
  "video/jpm": ["*jpm", "*jpgm"],
  "video/mj2": ["mj2", "mjp2"],
  "video/mp2t": ["ts", "m2t", "m2ts", "mts"],
  "video/mp4": ["mp4", "mp4v", "mpg4"],
  "video/mpeg": ["mpeg", "mpg", "mpe", "m1v", "m2v"],
  "video/ogg": ["ogv"],
  "video/quicktime": ["qt", "mov"],
  "video/webm": ["webm"]
};
Object.freeze(types2);
var standard_default = types2;

// node_modules/mime/dist/src/Mime.js
var __classPrivateFieldGet = function(receiver, state, kind, f) {
  if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
  if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
  return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
};
var _Mime_extensionToType;
var _Mime_typeToExtension;
var _Mime_typeToExtensions;
var Mime = class {
  constructor(...args) {
    _Mime_extensionToType.set(this, /* @__PURE__ */ new Map());
    _Mime_typeToExtension.set(this, /* @__PURE__ */ new Map());
    _Mime_typeToExtensions.set(this, /* @__PURE__ */ new Map());
    for (const arg of args) {
      this.define(arg);
    }
  }
  define(typeMap, force = false) {
    for (let [type, extensions] of Object.entries(typeMap)) {
      type = type.toLowerCase();
      extensions = extensions.map((ext) => ext.toLowerCase());
      let allExtensions = __classPrivateFieldGet(this, _Mime_typeToExtensions, "f").get(type);
      if (!allExtensions) {
        allExtensions = /* @__PURE__ */ new Set();
        __classPrivateFieldGet(this, _Mime_typeToExtensions, "f").set(type, allExtensions);
      }
      let first = true;
      for (let extension of extensions) {
        const starred = extension.startsWith("*");
        extension = starred ? extension.slice(1) : extension;
        allExtensions.add(extension);
        if (first) {
          __classPrivateFieldGet(this, _Mime_typeToExtension, "f").set(type, extension);
        }
        first = false;
        if (starred)
          continue;
        const currentType = __classPrivateFieldGet(this, _Mime_extensionToType, "f").get(extension);
        if (currentType && currentType != type && !force) {
          throw new Error(`"${type} -> ${extension}" conflicts with "${currentType} -> ${extension}". Pass \`force=true\` to override this definition.`);
        }
        __classPrivateFieldGet(this, _Mime_extensionToType, "f").set(extension, type);
      }
    }
    return this;
  }
  getType(path2) {
    if (typeof path2 !== "string")
      return null;
    const last = path2.replace(/^.*[/\\]/s, "").toLowerCase();
    const ext = last.replace(/^.*\./s, "").toLowerCase();
    const hasPath = last.length < path2.length;
    const hasDot = ext.length < last.length - 1;
    if (!hasDot && hasPath)
      return null;
    return __classPrivateFieldGet(this, _Mime_extensionToType, "f").get(ext) ?? null;
  }
  getExtension(type) {
    if (typeof type !== "string")
      return null;
    type = type?.split?.(";")[0];
    return (type && __classPrivateFieldGet(this, _Mime_typeToExtension, "f").get(type.trim().toLowerCase())) ?? null;
  }
  getAllExtensions(type) {
    if (typeof type !== "string")
      return null;
    type = type.split(";")[0].trim().toLowerCase();
    const extensions = __classPrivateFieldGet(this, _Mime_typeToExtensions, "f").get(type);
    return extensions ? new Set(extensions) : null;
  }
  _freeze() {
    this.define = () => {
      throw new Error("define() not allowed for built-in Mime objects. See https://github.com/broofa/mime/blob/main/README.md#custom-mime-instances");
    };
    Object.freeze(this);
    return this;
  }
  _getTestState() {
    return {
      types: __classPrivateFieldGet(this, _Mime_extensionToType, "f"),
      extensions: __classPrivateFieldGet(this, _Mime_typeToExtension, "f")
    };
  }
};
_Mime_extensionToType = /* @__PURE__ */ new WeakMap(), _Mime_typeToExtension = /* @__PURE__ */ new WeakMap(), _Mime_typeToExtensions = /* @__PURE__ */ new WeakMap();
var Mime_default = Mime;

// node_modules/mime/dist/src/index.js
var src_default = new Mime_default(standard_default, other_default)._freeze();

// src/report/oscal/oscal.ts
var oscalVersion = "1.1.3";
var oscalModels = ["assessment-results", "component-definition"];
var crosswalkNamespace = "9b8f7e6d-5dd0-4999-92ca-e2a7b0e4005a";
var propertyNamespace = "https://github.com/crosswalk-dev/crosswalk/ns/oscal";
function releaseFile(report, file) {
  return `https://raw.githubusercontent.com/crosswalk-dev/crosswalk/v${report.tool.version}/${file}`;
}
function uuidV5(name, namespace) {
  const hash = createHash("sha1").update(Buffer.from(namespace.replace(/-/g, ""), "hex")).update(name, "utf8").digest();
  hash[6] = hash[6] & 15 | 80;
  hash[8] = hash[8] & 63 | 128;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
function isUuid(text) {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text);
}
function timestamp(date) {
  const year = Number(date.slice(0, 4));
  return year >= 1900 && year <= 2999 ? `${date}T00:00:00Z` : void 0;
}
function prop(name, value, extra = {}) {
  const flat = value.replace(/\s+/gu, " ").trim();
  return flat === "" ? [] : [{ name, ns: propertyNamespace, value: flat, ...extra }];
}
function some(key, items) {
  return items.length > 0 ? { [key]: items } : {};
}
function pathReference(file) {
  return file.split("/").map(encodeURIComponent).join("/");
}
function isoToken(iso) {
  return new RegExp("^\\p{L}", "u").test(iso) ? iso : `clause-${iso}`;
}
function oscalContext(report, options) {
  const organization = options.organization?.replace(/\s+/gu, " ").trim() || void 0;
  return { namespace: options.namespace ?? derivedNamespace(report, organization), organization, plan: options.plan ?? {} };
}
function derivedNamespace(report, organization) {
  const controls = report.controls.map((control) => [control.id, control.owner ?? ""]).sort(([a], [b]) => compareStrings(a, b));
  return uuidV5(JSON.stringify({ organization: organization ?? null, controls }), crosswalkNamespace);
}
function titled(context, title) {
  return context.organization === void 0 ? title : `${context.organization} \u2014 ${title}`;
}
var controlOwnerRole = "control-owner";
function organizationUuid(context) {
  return uuidV5("party organization", context.namespace);
}
function ownerUuid(owner, context) {
  return uuidV5(`party ${owner}`, context.namespace);
}
function ownerParty(owner, context) {
  const flat = owner.replace(/\s+/gu, " ").trim();
  const party = (type, name, form, email) => ({
    uuid: ownerUuid(owner, context),
    type,
    name,
    ...email === void 0 ? {} : { "email-addresses": [email] },
    props: prop("owner-form", form),
    "member-of-organizations": [organizationUuid(context)]
  });
  const named = /^(.+?) ?<([^<>]+)>$/u.exec(flat);
  if (named && isEmailAddress(named[2])) return party("person", named[1], "person", named[2]);
  if (isEmailAddress(flat)) return party("organization", flat, "email", flat);
  if (/^@[\w.-]+\/[\w.-]+$/u.test(flat)) return party("organization", flat, "github-team");
  if (/^@[\w-]+$/u.test(flat)) return party("person", flat, "github-user");
  const group = /\b(team|group|department|dept|office|committee|board|unit|squad|ops)\b/iu.test(flat);
  return party(group ? "organization" : "person", flat, group ? "team" : "person");
}
function isEmailAddress(text) {
  return /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i.test(text);
}
function ownersOf(controls) {
  return [...new Set(controls.map((control) => control.owner).filter((owner) => owner !== null && owner.trim() !== ""))].sort(compareStrings);
}
function ownerRoles(control, context) {
  if (control.owner === null || control.owner.trim() === "") return {};
  return { "responsible-roles": [{ "role-id": controlOwnerRole, "party-uuids": [ownerUuid(control.owner, context)] }] };
}
function metadata(report, context, title, remarks) {
  const modified = timestamp(report.asOf);
  if (modified === void 0) throw new RangeError(`OSCAL cannot express the as-of date ${report.asOf}: its dates run from 1900 to 2999`);
  const owners = ownersOf(report.controls);
  const organization = { uuid: organizationUuid(context), type: "organization", name: context.organization ?? "The organization" };
  return {
    title: titled(context, title),
    "last-modified": modified,
    // Replaced by the content digest once the document is complete (versioned()).
    version: "",
    "oscal-version": oscalVersion,
    props: [...prop("tool", `${report.tool.name} ${report.tool.version}`), ...prop("mapping", report.mapping.name), ...prop("as-of", report.asOf)],
    roles: [
      { id: "prepared-for", title: "Prepared for: the organization whose compliance repository this is" },
      { id: controlOwnerRole, title: "Control owner: answers for an org control and its evidence" }
    ],
    parties: [organization, ...owners.map((owner) => ownerParty(owner, context))],
    "responsible-parties": [{ "role-id": "prepared-for", "party-uuids": [organization.uuid] }, ...owners.length === 0 ? [] : [{ "role-id": controlOwnerRole, "party-uuids": owners.map((owner) => ownerUuid(owner, context)) }]],
    ...remarks === void 0 ? {} : { remarks }
  };
}
function versioned(model, body) {
  const digest = createHash("sha256").update(JSON.stringify(body)).digest("hex");
  return { [model]: { ...body, metadata: { ...body.metadata, version: `sha256:${digest.slice(0, 16)}` } } };
}
function catalogResourceUuid(key, context) {
  return uuidV5(`resource catalog ${key}`, context.namespace);
}
function catalogResource(key, report, context) {
  const catalog = shippedCatalogs[key];
  return {
    uuid: catalogResourceUuid(key, context),
    title: catalog.title,
    description: `The OSCAL catalog crosswalk ships (${catalog.path} in its repository and npm package, catalog UUID ${catalog.uuid}).`,
    rlinks: [{ href: releaseFile(report, catalog.path), "media-type": catalogMediaType, hashes: [{ algorithm: "SHA-256", value: catalog.sha256 }] }]
  };
}
var catalogMediaType = "application/oscal.catalog+json";
function mediaType(file) {
  return src_default.getType(file) ?? "application/octet-stream";
}
function fileLink(file) {
  return { href: pathReference(file.path), "media-type": mediaType(file.path), ...file.sha256 === null ? {} : { hashes: [{ algorithm: "SHA-256", value: file.sha256 }] } };
}
var relativeHrefs = "Hrefs to files (evidence, configuration, mapping) are relative to the root of the compliance repository the document was exported from.";
function filesLeftOut(report) {
  const byFile = /* @__PURE__ */ new Map();
  for (const diagnostic of report.diagnostics) {
    if (diagnostic.severity !== "error") continue;
    const seen = byFile.get(diagnostic.file);
    if (seen) seen.errors++;
    else byFile.set(diagnostic.file, { errors: 1, first: `line ${diagnostic.line}: ${diagnostic.message}` });
  }
  return [...byFile].map(([file, { errors, first }]) => ({ file, errors, first }));
}
function leftOutRemark(report) {
  const files = filesLeftOut(report);
  if (files.length === 0) return void 0;
  const list = files.map(({ file, errors, first }) => `${file} (${plural(errors, "error")}; ${first})`).join("; ");
  return `Incomplete: what these files hold that did not validate was left out of this document, the rest is exported: ${list}.`;
}

// src/report/oscal/component-definition.ts
function componentDefinition(report, options = {}) {
  const context = oscalContext(report, options);
  const documentUuid = uuidV5("component-definition", context.namespace);
  const remarks = [leftOutRemark(report), relativeHrefs].filter((text) => text !== void 0).join(" ");
  return versioned("component-definition", {
    uuid: documentUuid,
    metadata: metadata(report, context, "Information security controls", remarks),
    ...some(
      "components",
      report.controls.map((control) => component(control, context))
    ),
    "back-matter": { resources: [catalogResource("iso", report, context), catalogResource("tsc", report, context)] }
  });
}
function componentUuid(control, context) {
  return uuidV5(`component ${control.id}`, context.namespace);
}
function component(control, context) {
  const uuid = componentUuid(control, context);
  const implementations = [
    ...control.implements.length === 0 ? [] : [
      {
        uuid: uuidV5("control-implementation iso27001-2022", uuid),
        source: `#${catalogResourceUuid("iso", context)}`,
        description: `What ${control.id} implements of ISO/IEC 27001:2022: Annex A controls, and ISMS clauses as control ids clause-4.1 \u2026 clause-10.2.`,
        "implemented-requirements": unique(control.implements).sort(compareIsoIds).map((id) => implementedRequirement(control, isoToken(id), uuid, context))
      }
    ],
    ...control.covers.length === 0 ? [] : [
      {
        uuid: uuidV5("control-implementation soc2-tsc-2017", uuid),
        source: `#${catalogResourceUuid("tsc", context)}`,
        description: `The Trust Services Criteria ${control.id} addresses directly, as a SOC 2-specific control (covers: in its file): criteria no ISO control reaches.`,
        "implemented-requirements": unique(control.covers).map((id) => implementedRequirement(control, id, uuid, context))
      }
    ]
  ];
  return {
    uuid,
    type: "process-procedure",
    title: `${control.id}: ${control.title}`,
    description: `Org control ${control.id}, ${control.status}, as written in ${control.file} (line ${control.line}).`,
    props: [...prop("org-control", control.id), ...prop("status", control.status), ...prop("owner", control.owner ?? ""), ...prop("source", `${control.file}:${control.line}`)],
    ...ownerRoles(control, context),
    ...some("control-implementations", implementations),
    ...control.status === "not-applicable" ? { remarks: `Not applicable: ${control.justification ?? ""}` } : {}
  };
}
function implementedRequirement(control, controlId, componentUuid2, context) {
  return {
    uuid: uuidV5(`implemented-requirement ${controlId}`, componentUuid2),
    "control-id": controlId,
    description: control.title,
    props: prop("status", control.status),
    ...ownerRoles(control, context),
    ...control.status === "not-applicable" ? { remarks: `Not applicable: ${control.justification ?? ""}` } : {}
  };
}
function unique(ids) {
  return [...new Set(ids)];
}

// src/report/oscal/assessment-results.ts
function assessmentResults(report, options = {}) {
  const context = oscalContext(report, options);
  const documentUuid = uuidV5(`assessment-results ${subjectOf(report)}`, context.namespace);
  const resultUuid = uuidV5(`result ${report.asOf}`, documentUuid);
  const scope = { report, controls: new Map(report.controls.map((control) => [control.id, control])), context, documentUuid, resultUuid, toolUuid: uuidV5("component crosswalk", context.namespace) };
  const planUuid = uuidV5("resource assessment-plan", documentUuid);
  const observations = report.evidence.flatMap((item) => observation(item, scope));
  const represented = new Set(observations.map((entry) => entry.uuid));
  const leftOut = [leftOutRemark(report), unrepresentable(report, represented, scope)].filter((text) => text !== void 0);
  const findings = report.criteria.map((criterion) => ({ criterion, ...finding(criterion, scope, represented) }));
  return versioned("assessment-results", {
    uuid: documentUuid,
    metadata: metadata(report, context, `SOC 2 readiness (${report.scope.join(", ")}) \u2014 ${auditLine(report.audit, report.asOf)}`, [...leftOut, relativeHrefs].join(" ")),
    "import-ap": {
      href: `#${planUuid}`,
      remarks: "crosswalk keeps no separate assessment plan: the plan is the configuration and the mapping this resource links, with their SHA-256."
    },
    results: [
      {
        uuid: resultUuid,
        title: `SOC 2 readiness as of ${report.asOf}`,
        description: resultDescription(report),
        start: startOf(report),
        end: asOfInstant(report),
        props: [
          ...prop("audit-type", report.audit.type),
          ...prop("as-of", report.asOf),
          ...report.audit.type === "type2" ? [...prop("period-start", report.audit.period.start), ...prop("period-end", report.audit.period.end)] : [],
          ...prop("readiness", report.summary.readiness.toFixed(1)),
          ...prop("design-coverage", report.summary.designCoverage.toFixed(1)),
          ...prop("passed", String(report.summary.passed))
        ],
        "local-definitions": { components: [toolComponent(scope), ...report.controls.map((control) => controlComponent(control, scope))] },
        "reviewed-controls": {
          links: [{ href: `#${catalogResourceUuid("tsc", context)}`, rel: "catalog", "media-type": "application/oscal.catalog+json" }],
          "control-selections": [{ "include-controls": report.criteria.map((criterion) => ({ "control-id": criterion.id })) }],
          ...report.criteria.length === 0 ? {} : { "control-objective-selections": [{ "include-objectives": report.criteria.map((criterion) => ({ "objective-id": objectiveId(criterion.id) })) }] },
          remarks: `The SOC 2 Trust Services Criteria (TSC 2017, points of focus revised 2022) of the categories in scope: ${report.scope.join(", ")}.`
        },
        ...some("observations", observations),
        ...some(
          "risks",
          findings.flatMap(({ risk }) => risk === void 0 ? [] : [risk])
        ),
        ...some(
          "findings",
          findings.map(({ entry }) => entry)
        ),
        ...leftOut.length > 0 ? { remarks: leftOut.join("\n\n") } : {}
      }
    ],
    "back-matter": {
      resources: [planResource(planUuid, scope), catalogResource("tsc", report, context), catalogResource("iso", report, context), ...fileResources(scope)]
    }
  });
}
function subjectOf(report) {
  const audit = report.audit.type === "type2" ? `type2 ${report.audit.period.start}..${report.audit.period.end}` : `type1 ${report.asOf}`;
  return `${report.scope.join(",")} ${audit}`;
}
function startOf(report) {
  const start = timestamp(report.audit.type === "type2" && report.audit.started ? report.audit.period.start : report.asOf);
  if (start === void 0) throw new RangeError("OSCAL cannot express the audit dates: its dates run from 1900 to 2999");
  return start;
}
function asOfInstant(report) {
  return timestamp(report.asOf);
}
function resultDescription(report) {
  const { summary } = report;
  return [
    `${auditLine(report.audit, report.asOf)}.`,
    `Readiness ${summary.readiness.toFixed(1)}%: ${summary.ready} of ${summary.criteria} criteria ready, ${summary.incomplete} incomplete, ${summary.gap} gaps; design coverage ${summary.designCoverage.toFixed(1)}%.`,
    `A criterion is satisfied only when every control claimed for it has the evidence an auditor tests.`
  ].join(" ");
}
function toolComponent(scope) {
  return {
    uuid: scope.toolUuid,
    type: "software",
    title: `${scope.report.tool.name} ${scope.report.tool.version}`,
    description: "The tool that judged the compliance repository against the mapping and wrote this document.",
    status: { state: "operational" }
  };
}
var componentStates = { implemented: "operational", "in-progress": "under-development", planned: "under-development", "not-applicable": "other" };
function controlComponent(control, scope) {
  return {
    uuid: componentUuid(control, scope.context),
    type: "process-procedure",
    title: `${control.id}: ${control.title}`,
    description: `Org control ${control.id}, ${control.status}, as written in ${control.file} (line ${control.line}).`,
    props: [...prop("org-control", control.id), ...prop("status", control.status)],
    status: { state: componentStates[control.status] ?? "other", ...control.status === "not-applicable" ? { remarks: `Not applicable: ${control.justification ?? ""}` } : {} },
    ...ownerRoles(control, scope.context)
  };
}
var stateWords = {
  ready: "Ready: every row that reaches it is met, on evidence.",
  incomplete: "Incomplete: a control is claimed for it, but not every claim has its evidence yet.",
  gap: "Gap: no implemented or in-progress control reaches it."
};
function objectiveId(criterion) {
  return `${criterion}_obj`;
}
function finding(criterion, scope, represented) {
  const through = [...criterion.controls, ...criterion.supplementalControls];
  const related = relatedObservations(criterion.id, scope).filter((uuid) => represented.has(uuid));
  const blockers = criterion.blockedBy.flatMap(blockerProps);
  const satisfied = criterion.state === "ready";
  const risk = satisfied ? void 0 : criterionRisk(criterion, scope, related);
  const entry = {
    uuid: uuidV5(`finding ${criterion.id}`, scope.resultUuid),
    title: `${criterion.id} ${criterion.subject}`,
    description: `${stateWords[criterion.state]}${through.length > 0 ? ` Through ${through.join(", ")}.` : ""}`,
    ...some("props", blockers),
    target: {
      type: "objective-id",
      "target-id": objectiveId(criterion.id),
      props: prop("state", criterion.state),
      status: { state: satisfied ? "satisfied" : "not-satisfied", reason: satisfied ? "pass" : "fail" }
    },
    ...some(
      "related-observations",
      related.map((uuid) => ({ "observation-uuid": uuid }))
    ),
    ...risk === void 0 ? {} : { "related-risks": [{ "risk-uuid": risk.uuid }] },
    ...criterion.blockedBy.length > 0 ? { remarks: `Blocked by: ${criterion.blockedBy.map(blockerText).join("; ")}.` } : {}
  };
  return { entry, risk };
}
var riskStatements = {
  incomplete: (id) => `An auditor testing ${id} would find controls claimed for it without the evidence that they operate: the criterion would be reported as not met, or as an exception.`,
  gap: (id) => `No control of the organization addresses ${id}: an auditor would report the criterion as not met.`
};
function criterionRisk(criterion, scope, related) {
  const state = criterion.state === "gap" ? "gap" : "incomplete";
  const facets = [
    { name: "state", system: propertyNamespace, value: criterion.state },
    ...criterion.blockedBy.flatMap(
      (row) => row.requirements.length === 0 ? [{ name: "blocking-row", system: propertyNamespace, value: row.iso ?? row.controls.join(" "), remarks: "in progress: no control implemented yet" }] : row.requirements.map((requirement) => ({ name: "blocking-requirement", system: propertyNamespace, value: requirement.id, remarks: `${rowSource(row)}: ${reasonWords[requirement.reason]}` }))
    )
  ];
  return {
    uuid: uuidV5(`risk ${criterion.id}`, scope.resultUuid),
    title: `${criterion.id} ${criterion.subject}: ${state === "gap" ? "no control addresses it" : "evidence missing"}`,
    description: criterion.blockedBy.length > 0 ? `Missing: ${criterion.blockedBy.map(blockerText).join("; ")}.` : stateWords[criterion.state],
    statement: riskStatements[state](criterion.id),
    status: "open",
    characterizations: [{ origin: { actors: [{ type: "tool", "actor-uuid": scope.toolUuid }] }, facets }],
    ...some(
      "related-observations",
      related.map((uuid) => ({ "observation-uuid": uuid }))
    )
  };
}
function rowSource(row) {
  return row.iso === null ? `${row.controls.join(", ")} (SOC 2-specific)` : `${row.iso} via ${row.controls.join(", ")}`;
}
function blockerProps(row) {
  const source = rowSource(row);
  if (row.requirements.length === 0) return prop("blocking-row", source, { class: "in-progress", remarks: "no control implemented yet" });
  return row.requirements.flatMap(
    (requirement) => prop("blocking-requirement", requirement.id, {
      class: requirement.reason,
      remarks: `${source}: ${reasonWords[requirement.reason]}${requirement.window ? ` (${requirement.window.start}..${requirement.window.end})` : ""}`
    })
  );
}
function blockerText(row) {
  const source = row.iso === null ? `${row.controls.join(", ")} (SOC 2-specific)` : `${row.iso} ${row.isoTitle ?? ""} via ${row.controls.join(", ")}`;
  const needs = row.requirements.map((requirement) => `${requirement.id} (${missingDetail({ reason: requirement.reason, window: requirement.window, laterEvidence: [] })})`);
  return `${source}: ${[...row.inProgress ? ["in progress, no control implemented yet"] : [], ...needs].join(", ")}`;
}
function relatedObservations(criterion, scope) {
  const controls = new Set(scope.report.controls.filter((control) => control.status !== "not-applicable" && control.criteria.includes(criterion)).map((control) => control.id));
  return scope.report.evidence.filter((item) => controls.has(item.control)).map((item) => observationUuid(item, scope));
}
function observationUuid(item, scope) {
  return uuidV5(`observation ${item.control} ${item.evidence}`, scope.resultUuid);
}
function observation(item, scope) {
  const collected = timestamp(item.collected);
  if (collected === void 0) return [];
  const expires = timestamp(item.expires);
  const control = scope.controls.get(item.control);
  return [
    {
      uuid: observationUuid(item, scope),
      title: `${item.control}: ${item.evidence}`,
      description: observationDescription(item, control?.title),
      props: [
        ...prop("org-control", item.control),
        ...prop("evidence-id", item.evidence),
        ...prop("evidence-type", item.type ?? ""),
        ...item.satisfies.flatMap((requirement) => prop("satisfies", requirement)),
        ...prop("present", String(item.present)),
        ...item.period ? [...prop("period-start", item.period.start), ...prop("period-end", item.period.end)] : [],
        ...prop("source", `${item.file}:${item.line}`)
      ],
      methods: ["EXAMINE"],
      ...control === void 0 ? {} : { subjects: [{ "subject-uuid": componentUuid(control, scope.context), type: "component", title: `${control.id}: ${control.title}` }] },
      "relevant-evidence": relevantEvidence(item, scope),
      collected,
      ...expires === void 0 ? {} : { expires }
    }
  ];
}
function observationDescription(item, controlTitle) {
  const what = `Evidence ${item.evidence} of ${item.control}${controlTitle ? ` (${controlTitle})` : ""}`;
  const when = `collected ${item.collected}${item.period ? `, recording ${item.period.start}..${item.period.end}` : ""}; counts until ${item.expires} (max age of ${item.expiresBy.join(", ")})`;
  const where = item.url !== void 0 ? "an external link crosswalk cannot open" : item.files.length === 0 ? `${item.path}, which matches no file` : `${item.path}, ${plural(item.files.length, "file")}`;
  return `${what}: ${item.type ?? "evidence"}, ${when}; ${where}.`;
}
var unhashed = {
  "not-requested": "not hashed",
  "file-too-large": "not hashed: larger than the per-file hashing cap",
  "hashing-budget-spent": "not hashed: the run reached its total hashing cap",
  unreadable: "not hashed: the file could not be read",
  "changed-while-read": "not hashed: the file changed while it was read"
};
function fileResourceUuid(file, scope) {
  return uuidV5(`resource file ${file.path} ${file.sha256 ?? "unhashed"}`, scope.documentUuid);
}
function relevantEvidence(item, scope) {
  if (item.url !== void 0) return [{ href: item.url, description: "External evidence: counted as present, not verified by crosswalk." }];
  if (item.files.length === 0) return [{ description: `The path ${item.path ?? ""} matches no file in the repository.` }];
  return item.files.map((file) => ({
    href: `#${fileResourceUuid(file, scope)}`,
    description: `${file.path} (${file.size} bytes${file.sha256 === null ? `, ${unhashed[file.reason ?? "not-requested"]}` : ""})`
  }));
}
function fileResources(scope) {
  const byUuid = /* @__PURE__ */ new Map();
  for (const item of scope.report.evidence) {
    if (item.url !== void 0) continue;
    for (const file of item.files) {
      const uuid = fileResourceUuid(file, scope);
      if (byUuid.has(uuid)) continue;
      byUuid.set(uuid, {
        uuid,
        title: file.path,
        description: `Evidence file ${file.path}, ${file.size} bytes, relative to the repository root.`,
        props: prop("size", String(file.size)),
        rlinks: [fileLink(file)],
        ...file.sha256 === null ? { remarks: unhashed[file.reason ?? "not-requested"] } : {}
      });
    }
  }
  return [...byUuid.values()];
}
function planResource(uuid, scope) {
  const { report, context } = scope;
  const files = [context.plan.config, context.plan.mapping].filter((file) => file !== void 0);
  const source = report.mapping.source;
  const shipped = source === "seed" || source === "default" ? [{ ...fileLink(shippedMappingFiles[source]), href: releaseFile(report, shippedMappingFiles[source].path) }] : [];
  const rlinks = [...files.map((file) => fileLink(file)), ...shipped];
  return {
    uuid,
    title: `Assessment plan: ${report.mapping.name}, with the policy of the configuration`,
    description: `What the controls were judged against: the ISO/IEC 27001:2022 to SOC 2 mapping (${report.mapping.source === "file" ? "a mapping file of the repository" : `crosswalk's ${report.mapping.source} mapping, crosswalk ${report.tool.version}`}) and the scope, audit and policy of ${context.plan.config === void 0 ? "crosswalk's defaults and the command's flags" : context.plan.config.path}.`,
    props: [...prop("mapping-source", report.mapping.source), ...prop("scope", report.scope.join(" "))],
    ...some("rlinks", rlinks)
  };
}
function unrepresentable(report, represented, scope) {
  const missing = report.evidence.filter((item) => !represented.has(observationUuid(item, scope)));
  if (missing.length === 0) return void 0;
  return `Left out, as OSCAL cannot express dates before 1900: ${missing.map((item) => `${item.control} ${item.evidence} (collected ${item.collected})`).join(", ")}.`;
}

// src/report/oscal/format-oscal.ts
function formatOscal(model, report, options = {}) {
  const document = model === "assessment-results" ? assessmentResults(report, options) : componentDefinition(report, options);
  return `${JSON.stringify(document, null, 2)}
`;
}

// src/commands/export-oscal.ts
var targets = ["oscal"];
var exportCommand = {
  synopsis: "export oscal [DIR]       OSCAL 1.1.3 JSON: assessment results or a component definition",
  help: `Usage: crosswalk export oscal [DIR] [options]

OSCAL 1.1.3 JSON, valid against NIST's schema, for GRC tools and auditors.

  assessment-results (default)  one result for the run, ending at the as-of date (for Type 2,
                                starting at the period's start); a finding per in-scope
                                criterion, satisfied or not, with the requirements that block
                                it and, when not satisfied, a risk; an observation per evidence
                                item with its collected and expiry dates, each file it matched a
                                back-matter resource with its SHA-256.
  component-definition          a component per org control, its claims implemented
                                requirements of the ISO/IEC 27001:2022 controls it implements
                                (and of the SOC 2 criteria it covers), against the catalogs
                                shipped in mappings/oscal/; owners as parties.

UUIDs are version 5, derived from the organization's namespace (oscal.namespace in
.crosswalk.yml; crosswalk init writes a random one) and stable names; the result's also from the
as-of date. Time stamps come from the as-of date, and metadata.version is a digest of the
content, so an unchanged repository exports the same bytes. Without oscal.namespace the namespace
is derived from the organization's name, control ids and owners, with a warning: set it. Evidence
files are back-matter resources with their SHA-256, linked relative to the repository root.
Files are hashed in a bounded way: a file over 256 MiB, or past 1 GiB in all, is listed with its
size and no hash. Feeding the documents to trestle or Lula: docs/oscal.md.

${settingsHelp}
${gateHelp}
  --model M          ${oscalModels.join(" or ")}
  --namespace UUID   the UUID namespace to derive the document's UUIDs from, over
                     oscal.namespace
  --output F         write the document to F instead of standard output

Exit codes: 0 exported; 1 exported, but files with errors were left out (they are named in the
document's remarks and on standard error); 2 could not run.`,
  async run(args, io) {
    const { values, positionals } = parseFlags(args, { ...settingsFlags, ...gateFlags, model: { type: "string", default: "assessment-results" }, namespace: { type: "string" }, output: { type: "string" } });
    if (values.help) {
      io.stdout.write(`${this.help}
`);
      return 0;
    }
    const [target, ...directory] = positionals;
    if (target === void 0 || !targets.includes(target)) {
      throw new UsageError(`export needs a format: ${targets.join(", ")} (crosswalk export oscal [DIR])${target === void 0 ? "" : `, got "${target}"`}`);
    }
    const model = oneOf("--model", values.model, oscalModels);
    if (values.namespace !== void 0 && !isUuid(values.namespace)) throw new UsageError(`--namespace must be a UUID (8-4-4-4-12 hex digits), got "${values.namespace}"`);
    const root = await directoryArgument(directory, io, "export oscal");
    const settings = overridesFrom(values, io);
    const run = await check({ root, ...settings, fingerprints: model === "assessment-results" });
    assertExpressible(run.report);
    const namespace = values.namespace?.toLowerCase() ?? run.settings.oscal?.namespace;
    if (namespace === void 0) {
      io.stderr.write(
        `crosswalk: warning: ${configFileName} sets no oscal.namespace, so the documents' UUIDs are derived from the organization's name, control ids and owners, and change when they do; set one of your own, e.g.
  oscal:
    namespace: ${randomUUID()}
`
      );
    }
    const options = { namespace, organization: run.settings.oscal?.organization ?? path.basename(root), plan: await planSources(run, settings.configFile) };
    await emit(formatOscal(model, run.report, options), values.output, io);
    const leftOut = leftOutRemark(run.report);
    io.stderr.write(`crosswalk: OSCAL ${model} as of ${run.report.asOf}${leftOut === void 0 ? "" : `; ${forTerminal(leftOut)}`}
`);
    return leftOut === void 0 ? 0 : 1;
  }
};
async function planSources(run, configFile) {
  const { root } = run.settings;
  const hashed = async (file, maxBytes) => {
    const relative = relativeInside(root, file);
    if (relative === void 0) return void 0;
    const bytes = await readConfinedFile({ root, tracked: void 0 }, file, relative, maxBytes);
    return bytes === void 0 ? void 0 : { path: relative, sha256: createHash2("sha256").update(bytes).digest("hex") };
  };
  const { mapping } = run.settings;
  return {
    config: await hashed(configFile ?? path.join(root, configFileName), maxConfigBytes),
    mapping: mapping.kind === "file" ? await hashed(mapping.path, maxMappingBytes) : void 0
  };
}
function assertExpressible(report) {
  const dates = [report.asOf, ...report.audit.type === "type2" ? [report.audit.period.start, report.audit.period.end] : []];
  const outside = dates.find((date) => timestamp(date) === void 0);
  if (outside !== void 0) throw new UsageError(`OSCAL cannot express the date ${outside}: its dates run from 1900 to 2999`);
}
export {
  exportCommand
};
