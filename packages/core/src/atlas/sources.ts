/** Published sources the atlas cites. Facts come from these; every sentence is our own. */
export const SOURCES = {
  "simons-1999": {
    citation:
      "Simons DG, Travell JG, Simons LS. Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual. Vol. 1, Upper Half of Body. 2nd ed. Baltimore: Williams & Wilkins; 1999.",
  },
  "travell-1992": {
    citation:
      "Travell JG, Simons DG. Myofascial Pain and Dysfunction: The Trigger Point Manual. Vol. 2, The Lower Extremities. Baltimore: Williams & Wilkins; 1992.",
  },
  "donnelly-2019": {
    citation:
      "Donnelly JM, Fernández-de-las-Peñas C, Finnegan M, Freeman JL, eds. Travell, Simons & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual. 3rd ed. Philadelphia: Wolters Kluwer; 2019.",
  },
  "davies-2013": {
    citation:
      "Davies C, Davies A. The Trigger Point Therapy Workbook: Your Self-Treatment Guide for Pain Relief. 3rd ed. Oakland: New Harbinger; 2013.",
  },
  "shah-2015": {
    citation:
      "Shah JP, Thaker N, Heimur J, et al. Myofascial trigger points then and now: a historical and scientific perspective. PM&R. 2015;7(7):746–761.",
  },
  "lucas-2009": {
    citation:
      "Lucas N, Macaskill P, Irwig L, Moran R, Bogduk N. Reliability of physical examination for diagnosis of myofascial trigger points: a systematic review of the literature. Clin J Pain. 2009;25(1):80–89.",
  },
  "quintner-2015": {
    citation:
      "Quintner JL, Bove GM, Cohen ML. A critical evaluation of the trigger point phenomenon. Rheumatology (Oxford). 2015;54(3):392–399.",
  },
  "fernandez-2014": {
    citation:
      "Fernández-de-las-Peñas C, Dommerholt J. Myofascial trigger points: peripheral or central phenomenon? Curr Rheumatol Rep. 2014;16(1):395.",
  },
  "dommerholt-2018": {
    citation:
      "Fernández-de-las-Peñas C, Dommerholt J. International consensus on diagnostic criteria and clinical considerations of myofascial trigger points: a Delphi study. Pain Med. 2018;19(1):142–150.",
  },
  "skootsky-1989": {
    citation:
      "Skootsky SA, Jaeger B, Oye RK. Prevalence of myofascial pain in general internal medicine practice. West J Med. 1989;151(2):157–160.",
  },
  "sola-1955": {
    citation:
      "Sola AE, Rodenberger ML, Gettys BB. Incidence of hypersensitive areas in posterior shoulder muscles: a survey of two hundred young adults. Am J Phys Med. 1955;34(6):585–590.",
  },
  "bron-2011": {
    citation:
      "Bron C, Dommerholt J, Stegenga B, Wensing M, Oostendorp RAB. High prevalence of shoulder girdle muscles with myofascial trigger points in patients with shoulder pain. BMC Musculoskelet Disord. 2011;12:139.",
  },
  "cerezo-2016": {
    citation:
      "Cerezo-Téllez E, Torres-Lacomba M, Mayoral-del-Moral O, Sánchez-Sánchez B, Dommerholt J, Gutiérrez-Ortega C. Prevalence of myofascial pain syndrome in chronic non-specific neck pain: a population-based cross-sectional descriptive study. Pain Med. 2016;17(12):2369–2377.",
  },
  "fernandez-2006-headache": {
    citation:
      "Fernández-de-las-Peñas C, Alonso-Blanco C, Cuadrado ML, Gerwin RD, Pareja JA. Myofascial trigger points and their relationship to headache clinical parameters in chronic tension-type headache. Headache. 2006;46(8):1264–1272.",
  },
  "fernandez-2010-tmd": {
    citation:
      "Fernández-de-las-Peñas C, Galán-del-Río F, Alonso-Blanco C, Jiménez-García R, Arendt-Nielsen L, Svensson P. Referred pain from muscle trigger points in the masticatory and neck-shoulder musculature in women with temporomandibular disorders. J Pain. 2010;11(12):1295–1304.",
  },
  "fernandez-carnero-2007": {
    citation:
      "Fernández-Carnero J, Fernández-de-las-Peñas C, de la Llave-Rincón AI, Ge HY, Arendt-Nielsen L. Prevalence of and referred pain from myofascial trigger points in the forearm muscles in patients with lateral epicondylalgia. Clin J Pain. 2007;23(4):353–360.",
  },
  "iglesias-2013": {
    citation:
      "Iglesias-González JJ, Muñoz-García MT, Rodrigues-de-Souza DP, Alburquerque-Sendín F, Fernández-de-las-Peñas C. Myofascial trigger points, pain, disability, and sleep quality in patients with chronic nonspecific low back pain. Pain Med. 2013;14(12):1964–1970.",
  },
  "roach-2013": {
    citation:
      "Roach S, Sorenson E, Headley B, San Juan JG. Prevalence of myofascial trigger points in the hip in patellofemoral pain. Arch Phys Med Rehabil. 2013;94(3):522–526.",
  },
  "grieve-2013": {
    citation:
      "Grieve R, Barnett S, Coghill N, Cramp F. The prevalence of latent myofascial trigger points and diagnostic criteria of the triceps surae and upper trapezius: a cross sectional study. Physiotherapy. 2013;99(4):278–284.",
  },
} as const satisfies Record<string, { citation: string }>;

/** The id of a source in `SOURCES`. */
export type SourceId = keyof typeof SOURCES;
