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
} as const satisfies Record<string, { citation: string }>;

/** The id of a source in `SOURCES`. */
export type SourceId = keyof typeof SOURCES;
