import type { MuscleRecord } from "../types.ts";

/**
 * Head and neck: trigger points of the trapezius, the neck, jaw and face muscles, the levator
 * scapulae and the scalenes. Locations and referral zones follow the classic Travell & Simons
 * drawings (vol. 1, 2nd ed.) as closely as the body map's regions allow; every sentence is our own.
 */
export const headNeckMuscles: MuscleRecord[] = [
  // ---------------------------------------------------------------- trapezius
  {
    id: "trapezius",
    name: "Trapezius",
    about:
      "A broad, flat, diamond-shaped muscle running from the base of the skull and the spine out to the collarbone and shoulder blade. Its upper part shrugs the shoulder and helps tilt the head; its middle and lower parts pull the shoulder blade back and down.",
    evidence:
      "The upper trapezius is one of the places where trigger points are reported most often. Its neck-and-temple pattern overlaps with pain from the small joints of the upper neck, so neck pain after an injury, or with arm weakness or numbness, should be checked by a clinician first.",
    sources: [
      { source: "simons-1999", locator: "ch. 6 (trapezius)" },
      { source: "davies-2013", locator: "head and neck pain chapter, section on the trapezius" },
    ],
    triggerPoints: [
      {
        id: "trapezius-upper-1",
        name: "Upper trapezius, point 1",
        location: {
          region: "shoulder-top",
          landmark:
            "In the front edge of the thick ridge of muscle on top of the shoulder, about halfway between the side of the neck and the bony tip of the shoulder.",
          depth: "superficial",
        },
        prevalence: "common",
        prevalenceSource: { source: "cerezo-2016", locator: "results: active trigger points in the upper trapezius in chronic neck pain" },
        referral: [
          { region: "neck-back", kind: "essential" },
          { region: "mastoid", kind: "essential" },
          { region: "temple", kind: "essential" },
          { region: "neck-front", kind: "spillover" },
          { region: "occiput", kind: "spillover" },
          { region: "eye", kind: "spillover" },
          { region: "jaw", kind: "spillover" },
        ],
        symptoms: ["headache", "stiffness"],
        activatedBy: [
          "Holding the shoulders raised while typing, driving or on the phone",
          "Heavy bags on one shoulder or a tight bra strap",
          "Desks or armrests at the wrong height",
          "Emotional stress that keeps the shoulders tense",
        ],
        find:
          "Sit and let the arm hang. Reach across with the other hand and take hold of the ridge of muscle on top of the shoulder, halfway out. Shrug a little and you feel the band tighten between your thumb and fingers. The point is usually a small, firm knot in the front part of the ridge that is more tender than the muscle around it.",
        pressTest:
          "Squeeze the knot firmly for about 10 seconds. If this is the source, your familiar ache spreads up the side of the neck to behind the ear and often to the temple. If it is only sore under your fingers, it is tender but probably not the cause of that headache.",
        treatments: [
          {
            method: "pincer",
            position: "Sitting, with the arm on the side being treated resting in your lap.",
            technique:
              "Grip the front edge of the ridge between thumb and fingers, lift it slightly away from the body and squeeze the knot. Keep the discomfort at about 5 out of 10 or less, and squeeze a little more only as it eases.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "hooked-cane",
            position: "Sitting or standing, with the hook of the cane over the shoulder so the tip rests on the ridge.",
            technique:
              "Pull the handle down slowly with the other hand so the tip sinks into the knot from above. Hold steady, breathing out, and let go before the pain passes about 5 out of 10.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Sit tall and hold the edge of the chair with the hand on the treated side. Tilt your ear toward the opposite shoulder until you feel a gentle pull along the top of the shoulder, breathe slowly for 30 seconds, then roll both shoulders a few times.",
        cautions: [],
      },
      {
        id: "trapezius-upper-2",
        name: "Upper trapezius, point 2",
        location: {
          region: "shoulder-top",
          landmark:
            "A little further back and further out than point 1, in the part of the ridge that runs across toward the shoulder blade.",
          depth: "superficial",
        },
        prevalence: "common",
        prevalenceSource: { source: "cerezo-2016", locator: "results: the nearly horizontal upper trapezius fibres held the most frequent active points" },
        referral: [
          { region: "neck-back", kind: "essential" },
          { region: "mastoid", kind: "essential" },
          { region: "occiput", kind: "spillover" },
        ],
        symptoms: ["headache", "stiffness"],
        activatedBy: [
          "Long periods with the shoulders hunched forward",
          "Carrying heavy loads in the hands",
          "Sleeping with the shoulder pushed up toward the ear",
        ],
        find:
          "Take hold of the ridge on top of the shoulder as for point 1, then move your grip a thumb's width back and outward, onto the flatter band that runs toward the shoulder blade. A tender knot there, which twitches or jumps when you roll it, is this point.",
        pressTest:
          "Press or squeeze it for about 10 seconds. If it is the source, an ache is felt in the upper back of the neck and behind the ear. Soreness only under your fingers means it is tender but not the cause.",
        treatments: [
          {
            method: "large-ball",
            position: "Lying on your back with knees bent, the ball under the back of the shoulder where it meets the neck.",
            technique:
              "Let the weight of your shoulder sink onto the ball; shift a little until it sits on the tender spot. Keep the pressure at about 5 out of 10 or less and breathe out slowly.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "pincer",
            position: "Sitting, with the arm on the treated side resting in your lap.",
            technique:
              "Grip the back part of the ridge between thumb and fingers and squeeze the knot, easing the grip a little whenever the pain rises above about 5 out of 10.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "hooked-cane",
            position: "Sitting, with the hook of the cane over the shoulder and the tip on the back of the ridge.",
            technique: "Pull the handle down and slightly forward so the tip presses into the knot; hold steadily.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Hold the chair with the hand on the treated side, tilt the head away and then nod the chin gently toward the opposite collarbone until you feel a mild stretch; hold for 30 seconds and breathe.",
        cautions: [],
      },
      {
        id: "trapezius-middle-1",
        name: "Middle trapezius, point 1",
        location: {
          region: "scapula-medial",
          landmark:
            "Between the shoulder blade and the spine, about a finger's width in from the inner edge of the shoulder blade, level with its upper half.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 6 (trapezius), middle trapezius trigger point" },
        referral: [
          { region: "scapula-medial", kind: "essential" },
          { region: "thoracic", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: [
          "Sitting slumped with the shoulders rounded forward",
          "Long periods reaching forward, such as using a mouse far from the body",
          "Cold draughts on the upper back",
        ],
        find:
          "The point lies between the shoulder blade and the spine, just in from the inner edge of the shoulder blade, where a partner can feel it easily. On your own, lie on a ball and roll slowly along that strip until you meet a spot that feels burning or sharper than the rest.",
        pressTest:
          "Rest on the ball or have someone press for about 10 seconds. If it is the source, you feel a superficial burning or aching that spreads inward from the spot toward the spine, like your usual pain. Only local tenderness means it is probably not the main cause.",
        treatments: [
          {
            method: "large-ball",
            position: "Lying on your back with knees bent, or standing with your back to a wall, the ball between the spine and the shoulder blade.",
            technique:
              "Let the ball sink in gently and move a few centimetres up and down with slow strokes, keeping the discomfort at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "foam-roller",
            position: "Lying on your back with the roller across the upper back, knees bent and hands crossed over the chest.",
            technique: "Roll slowly over the area between the shoulder blades, pausing briefly on tender spots.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "small-ball",
            position: "Standing with your back against a wall, the ball between the spine and the shoulder blade.",
            technique: "Lean into the ball and hold on the tender spot, easing off if the pain passes about 5 out of 10.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "hooked-cane",
            position: "Sitting, with the hook over the opposite shoulder and the tip between the spine and the shoulder blade.",
            technique: "Pull the handle forward and down so the tip presses into the spot; hold steadily.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Hug yourself, rounding the upper back so the shoulder blades spread apart, and breathe into the back for 30 seconds; then sit tall and gently draw the shoulder blades back and down a few times.",
        cautions: [],
      },
      {
        id: "trapezius-middle-2",
        name: "Middle trapezius, point 2",
        location: {
          region: "shoulder-top",
          landmark: "On top of the shoulder just inside the bony tip of the shoulder (the acromion), where the trapezius fibres end.",
          depth: "superficial",
        },
        prevalence: "rare",
        prevalenceSource: { source: "simons-1999", locator: "ch. 6 (trapezius), middle trapezius point near the acromion" },
        referral: [{ region: "shoulder-top", kind: "essential" }],
        symptoms: [],
        activatedBy: [
          "Carrying a backpack or a heavy bag by the shoulder strap",
          "Working with the arms held out in front for a long time",
        ],
        find:
          "Find the bony tip of the shoulder with the fingers of the opposite hand, then slide them a finger's width inward onto the muscle. A tender spot there that aches when pressed is this point.",
        pressTest:
          "Press for about 10 seconds. If it is the source, an aching is felt on top of the shoulder near its tip, matching your pain. If it only hurts under your fingertip, it is probably not the cause.",
        treatments: [
          {
            method: "large-ball",
            position: "Lying on your back, the ball under the top of the shoulder blade close to the tip of the shoulder.",
            technique: "Let the shoulder settle onto the ball and hold, keeping discomfort at or below about 5 out of 10.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sitting, reaching across the chest with the opposite hand.",
            technique: "Press two or three fingertips into the spot and make slow short strokes across the muscle.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "hooked-cane",
            position: "Sitting, the hook over the shoulder with the tip just inside the bony tip of the shoulder.",
            technique: "Pull the handle down gently so the tip presses in; hold steadily.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Bring the arm across the chest with the other hand, letting the shoulder blade glide forward, and hold for 30 seconds; then roll the shoulders slowly backward a few times.",
        cautions: [],
      },
      {
        id: "trapezius-lower-1",
        name: "Lower trapezius, point 1",
        location: {
          region: "scapula-medial",
          landmark:
            "Near the lower half of the inner edge of the shoulder blade, in the outer edge of the lower trapezius where it crosses that edge.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 6 (trapezius), lower trapezius trigger point (often overlooked)" },
        referral: [
          { region: "neck-back", kind: "essential" },
          { region: "mastoid", kind: "essential" },
          { region: "scapula-upper", kind: "spillover" },
          { region: "shoulder-top", kind: "spillover" },
          { region: "scapula-medial", kind: "spillover" },
        ],
        symptoms: ["headache"],
        activatedBy: [
          "Sitting slumped, leaning forward on the elbows",
          "Long periods reaching forward with the arms",
          "Weak or overstretched upper back muscles from rounded posture",
        ],
        find:
          "This point is easy to miss because the pain it causes is felt higher up. Lie on a ball placed along the lower half of the inner edge of the shoulder blade and roll slowly until you find a tender spot that sends pain upward.",
        pressTest:
          "Rest on the ball or have someone press for about 10 seconds. If this is the source, you feel your familiar ache at the upper back of the neck or behind the ear, and sometimes on top of the shoulder. Tenderness felt only at the spot means it is probably not the cause.",
        treatments: [
          {
            method: "large-ball",
            position: "Lying on your back with knees bent, the ball beside the lower part of the inner edge of the shoulder blade.",
            technique:
              "Let your weight settle onto the ball; move slowly up and down a few centimetres. Keep the discomfort at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "small-ball",
            position: "Standing with your back against a wall, the ball beside the lower inner edge of the shoulder blade.",
            technique: "Lean into the ball and hold on the tender spot; reach the arm across the chest to open the area.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "hooked-cane",
            position: "Sitting, with the hook over the opposite shoulder and the tip beside the lower inner edge of the shoulder blade.",
            technique: "Pull the handle forward so the tip presses in; hold steadily and breathe out.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Stand facing a door frame, hold it at chest height and lean back so the upper back rounds and the shoulder blades spread; hold for 30 seconds. Then lie face down and lift the arms gently in a Y shape a few times to wake the lower trapezius.",
        cautions: [],
      },
      {
        id: "trapezius-lower-2",
        name: "Lower trapezius, point 2",
        location: {
          region: "scapula",
          landmark: "On the shoulder blade just below the inner end of its bony ridge (the spine of the scapula), close to the inner edge.",
          depth: "superficial",
        },
        prevalence: "rare",
        prevalenceSource: { source: "simons-1999", locator: "ch. 6 (trapezius), lower trapezius point below the spine of the scapula" },
        referral: [
          { region: "scapula-medial", kind: "essential" },
          { region: "scapula", kind: "essential" },
        ],
        symptoms: [],
        activatedBy: ["Slumped sitting with the shoulder blades drawn apart", "Leaning on the elbows for long periods"],
        find:
          "Find the bony ridge that runs across the shoulder blade and follow it inward to where it ends near the spine. The point lies just below that end, on the flat of the shoulder blade; roll over it with a ball to find the tender spot.",
        pressTest:
          "Press for about 10 seconds. If it is the source, a burning ache runs along the inner edge of the shoulder blade, matching your pain. Only local soreness means it is probably not the cause.",
        treatments: [
          {
            method: "large-ball",
            position: "Lying on your back with knees bent, the ball just below the inner end of the ridge of the shoulder blade.",
            technique: "Let the weight sink in and hold, keeping the pressure at or below about 5 out of 10.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "small-ball",
            position: "Standing with your back against a wall, the ball on the same spot.",
            technique: "Lean in and make short slow strokes up and down along the inner edge of the shoulder blade.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "hooked-cane",
            position: "Sitting, the hook over the opposite shoulder and the tip just below the inner end of the ridge.",
            technique: "Pull the handle forward gently so the tip presses in and hold.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Hug yourself and round the upper back for 30 seconds, then sit tall and slide the shoulder blades gently down toward the back pockets a few times.",
        cautions: [],
      },
    ],
  },

  // ---------------------------------------------------------------- sternocleidomastoid
  {
    id: "sternocleidomastoid",
    name: "Sternocleidomastoid",
    about:
      "The rope-like muscle on each side of the front of the neck, running from behind the ear down to the breastbone and collarbone. It turns the head to the opposite side, tips it toward the shoulder and helps lift the chest in deep breathing.",
    evidence:
      "This muscle rarely hurts where it lies, so its points are often overlooked in head and face pain. Dizziness has many causes, including the inner ear, blood pressure and the arteries of the neck; new, severe or unexplained dizziness needs a clinician before anyone blames this muscle.",
    sources: [
      { source: "simons-1999", locator: "ch. 7 (sternocleidomastoid)" },
      { source: "davies-2013", locator: "head and neck pain chapter, section on the sternocleidomastoid" },
    ],
    triggerPoints: [
      {
        id: "sternocleidomastoid-sternal-1",
        name: "Sternocleidomastoid, breastbone head, lower point",
        location: {
          region: "neck-front",
          landmark: "In the inner (breastbone) head of the muscle, low in the neck a few finger-widths above where it attaches to the top of the breastbone.",
          depth: "superficial",
        },
        prevalence: "rare",
        prevalenceSource: { source: "simons-1999", locator: "ch. 7 (sternocleidomastoid), sternal division, lower trigger points" },
        referral: [
          { region: "sternum", kind: "essential" },
          { region: "throat", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: [
          "Looking up for long periods, for example painting a ceiling",
          "Keeping the head turned to one side, such as to a screen off to the side",
          "Breathing high in the chest",
        ],
        find:
          "Sit and turn your head away from the side you are checking: the muscle stands out as a cord running from behind the ear down to the top of the breastbone. Tilt the head a little toward the same side to soften it, then pinch the inner, front cord low in the neck.",
        pressTest:
          "Pinch gently for about 10 seconds. If it is the source, an ache spreads down over the top of the breastbone. If it is only tender between your fingers, it is probably not the cause.",
        treatments: [
          {
            method: "pincer",
            position: "Sitting, head tilted slightly toward the side being treated and turned a little away so the muscle softens.",
            technique:
              "Pick up the muscle cord between thumb and fingers, lifting it slightly away from the deeper neck, and squeeze gently. Keep the discomfort at or below about 3 out of 10; if you feel a pulse, let go and take hold again on the muscle only.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 3,
            gentle: true,
          },
        ],
        followUp:
          "Sitting tall, hold the chair with the hand on the treated side, tilt the ear gently toward the opposite shoulder, then turn the face slowly up toward the ceiling until you feel a mild stretch at the front of the neck; hold for 20 to 30 seconds. Stop if you feel dizzy.",
        cautions: ["front-of-neck"],
      },
      {
        id: "sternocleidomastoid-sternal-2",
        name: "Sternocleidomastoid, breastbone head, middle point",
        location: {
          region: "neck-front",
          landmark: "Halfway up the front cord of the muscle, at about the level of the middle of the neck.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "fernandez-2006-headache", locator: "results: active sternocleidomastoid points in chronic tension-type headache" },
        referral: [
          { region: "cheek", kind: "essential" },
          { region: "eye", kind: "essential" },
          { region: "throat", kind: "spillover" },
          { region: "jaw", kind: "spillover" },
        ],
        symptoms: ["headache"],
        activatedBy: [
          "Looking up or holding the head forward for long periods",
          "Sleeping with the head turned or on a flat, too-high pillow",
          "A whiplash-type injury",
          "A chronic cough",
        ],
        find:
          "Turn the head away to make the muscle stand out, then tilt it a little toward the same side to soften it. Pinch the front cord halfway up the neck and roll it gently between thumb and fingers, feeling for a tender, firmer spot.",
        pressTest:
          "Hold a gentle pinch for about 10 seconds. If it is the source, pain is felt in the cheek, over or behind the eye, and sometimes in the throat or chin, as in your usual headache or face pain. A watery or red eye on that side may come with it. Tenderness only between your fingers means it is probably not the cause.",
        treatments: [
          {
            method: "pincer",
            position: "Sitting, head tilted slightly toward the treated side and turned a little away.",
            technique:
              "Lift the muscle cord between thumb and fingers and work slowly along it with gentle squeezes, pausing on the tender spot. Keep the pain at or below about 3 out of 10 and let go if you feel a pulse.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 3,
            gentle: true,
          },
        ],
        followUp:
          "Hold the chair with the hand on the treated side, tilt the ear toward the opposite shoulder and turn the face slowly up toward the ceiling until you feel a mild stretch; hold for 20 to 30 seconds, then turn the head gently from side to side. Stop if you feel dizzy.",
        cautions: ["front-of-neck"],
      },
      {
        id: "sternocleidomastoid-sternal-3",
        name: "Sternocleidomastoid, breastbone head, upper point",
        location: {
          region: "neck-front",
          landmark: "High in the front cord of the muscle, a few finger-widths below the bony bump behind the ear.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 7 (sternocleidomastoid), sternal division, upper trigger points" },
        referral: [
          { region: "occiput", kind: "essential" },
          { region: "vertex", kind: "essential" },
          { region: "mastoid", kind: "spillover" },
        ],
        symptoms: ["headache"],
        activatedBy: [
          "Keeping the head turned to one side for long periods",
          "Holding a phone between ear and shoulder",
          "A whiplash-type injury",
        ],
        find:
          "Turn the head away and follow the cord up toward the bony bump behind the ear. Tilt the head a little toward the same side, then pinch the muscle a few finger-widths below that bump and feel for a tender spot.",
        pressTest:
          "Pinch gently for about 10 seconds. If it is the source, pain is felt at the back of the head behind the ear and up on the top of the head. Soreness only where you pinch means it is probably not the cause.",
        treatments: [
          {
            method: "pincer",
            position: "Sitting, head tilted slightly toward the treated side and turned a little away.",
            technique:
              "Grip the upper part of the muscle between thumb and fingers and squeeze gently, easing off whenever the pain rises above about 3 out of 10. Stay on the muscle and off any pulse.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 3,
            gentle: true,
          },
        ],
        followUp:
          "Hold the chair with the hand on the treated side, tilt the ear toward the opposite shoulder and turn the face slowly upward; hold a mild stretch for 20 to 30 seconds. Stop if you feel dizzy.",
        cautions: ["front-of-neck"],
      },
      {
        id: "sternocleidomastoid-clavicular-1",
        name: "Sternocleidomastoid, collarbone head, middle point",
        location: {
          region: "neck-front",
          landmark:
            "In the outer (collarbone) head of the muscle, which lies just behind and outside the front cord; about halfway up the neck.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 7 (sternocleidomastoid), clavicular division" },
        referral: [
          { region: "forehead", kind: "essential" },
          { region: "forehead", kind: "spillover", side: "opposite" },
        ],
        symptoms: ["headache", "dizziness"],
        activatedBy: [
          "Holding the head turned or tilted for long periods",
          "Sleeping on too many pillows",
          "A whiplash-type injury",
        ],
        find:
          "Turn the head away so the muscle stands out and tilt it slightly toward the same side. Behind the front cord you can pick up a flatter second band that runs down to the collarbone. Pinch it halfway up the neck and roll it to find a tender spot.",
        pressTest:
          "Pinch gently for about 10 seconds. If it is the source, an ache is felt across the forehead, sometimes reaching the other side, like your usual headache. Only local soreness means it is probably not the cause.",
        treatments: [
          {
            method: "pincer",
            position: "Sitting, head tilted slightly toward the treated side and turned a little away.",
            technique:
              "Take hold of the collarbone head behind the front cord and squeeze gently, working slowly up and down it. Keep the pain at or below about 3 out of 10 and let go if you feel a pulse.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 3,
            gentle: true,
          },
        ],
        followUp:
          "Hold the chair with the hand on the treated side, tilt the ear toward the opposite shoulder and turn the face slightly toward the treated side, then gently upward; hold a mild stretch for 20 to 30 seconds. Stop if you feel dizzy.",
        cautions: ["front-of-neck"],
      },
      {
        id: "sternocleidomastoid-clavicular-2",
        name: "Sternocleidomastoid, collarbone head, upper point",
        location: {
          region: "neck-front",
          landmark: "High in the outer (collarbone) head of the muscle, in the upper third of the neck below the ear.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 7 (sternocleidomastoid), clavicular division" },
        referral: [
          { region: "ear", kind: "essential" },
          { region: "mastoid", kind: "essential" },
        ],
        symptoms: ["dizziness"],
        activatedBy: [
          "Keeping the head turned to one side for long periods",
          "Holding a phone between ear and shoulder",
          "A whiplash-type injury",
        ],
        find:
          "With the head turned away and tilted slightly toward the same side, pick up the flatter band behind the front cord and follow it up to the upper third of the neck, below the ear. Roll it gently to find the tender spot.",
        pressTest:
          "Pinch gently for about 10 seconds. If it is the source, a deep ache is felt in the ear and behind it, and some people notice a brief unsteadiness. Only local soreness means it is probably not the cause.",
        treatments: [
          {
            method: "pincer",
            position: "Sitting with the head supported, tilted slightly toward the treated side.",
            technique:
              "Grip the upper part of the collarbone head between thumb and fingers and squeeze gently. Keep the pain at or below about 3 out of 10, stay on muscle, and stop if you feel dizzy.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 3,
            gentle: true,
          },
        ],
        followUp:
          "Hold the chair with the hand on the treated side and tilt the ear slowly toward the opposite shoulder, turning the face a little toward the treated side; hold a mild stretch for 20 to 30 seconds, then move the head slowly.",
        cautions: ["front-of-neck"],
      },
    ],
  },

  // ---------------------------------------------------------------- masseter
  {
    id: "masseter",
    name: "Masseter",
    about:
      "The strong chewing muscle on the side of the face, running from the cheekbone down to the angle of the jaw. It closes the jaw and clenches the teeth.",
    evidence:
      "Masseter pain overlaps with jaw joint disorders, and its tooth pain can feel exactly like a dental problem, so a dentist should rule out tooth or gum disease. The link with ringing in the ear is described in the classic texts but is not well studied.",
    sources: [
      { source: "simons-1999", locator: "ch. 8 (masseter)" },
      { source: "davies-2013", locator: "head and neck pain chapter, section on the masseter" },
    ],
    triggerPoints: [
      {
        id: "masseter-superficial-1",
        name: "Masseter, outer layer, upper point",
        location: {
          region: "cheek",
          landmark: "In the outer layer of the muscle just below the cheekbone, about in line with the outer corner of the eye.",
          depth: "superficial",
        },
        prevalence: "common",
        prevalenceSource: { source: "fernandez-2010-tmd", locator: "results: active masseter points in temporomandibular disorders" },
        referral: [
          { region: "upper-teeth", kind: "essential" },
          { region: "cheek", kind: "essential" },
        ],
        symptoms: ["restricted-motion"],
        activatedBy: [
          "Clenching or grinding the teeth, especially at night",
          "Chewing gum or tough food for long periods",
          "Stress",
          "Long dental treatment with the mouth held wide open",
        ],
        find:
          "Place your fingertips on the side of the face below the cheekbone and clench your teeth: the muscle bulges under your fingers. Relax the jaw, leave the mouth slightly open, and feel just below the cheekbone for a tender, firmer band.",
        pressTest:
          "Press for about 10 seconds with the jaw relaxed. If it is the source, an ache is felt in the upper back teeth and the cheek. Tenderness only under your fingers means it is probably not the cause.",
        treatments: [
          {
            method: "fingers",
            position: "Sitting or lying down with the jaw relaxed and the teeth slightly apart.",
            technique:
              "Press two fingertips into the spot and make slow strokes downward toward the jaw, keeping the pressure at or below about 4 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 4,
            gentle: true,
          },
          {
            method: "pincer",
            position: "Sitting, with clean hands, mouth slightly open.",
            technique:
              "Put your thumb inside the cheek and your index finger outside, and grip the muscle between them just below the cheekbone. Squeeze gently and hold until the tenderness eases.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: false,
          },
        ],
        followUp:
          "Let the jaw drop open slowly as far as is comfortable, with the tongue resting on the roof of the mouth, and close again; repeat a few times. Warmth on the cheek afterwards can help.",
        cautions: [],
      },
      {
        id: "masseter-superficial-2",
        name: "Masseter, outer layer, middle point",
        location: {
          region: "jaw",
          landmark: "In the middle of the muscle, halfway between the cheekbone and the lower edge of the jaw.",
          depth: "superficial",
        },
        prevalence: "common",
        prevalenceSource: { source: "fernandez-2010-tmd", locator: "results: active masseter points in temporomandibular disorders" },
        referral: [
          { region: "lower-teeth", kind: "essential" },
          { region: "jaw", kind: "essential" },
        ],
        symptoms: ["restricted-motion"],
        activatedBy: [
          "Clenching or grinding the teeth",
          "Chewing gum or tough food",
          "Biting nails or pens",
          "Stress",
        ],
        find:
          "Clench your teeth to feel the muscle bulge, then relax. Press into the thick middle of the muscle, halfway down the side of the jaw, and feel for a tender band.",
        pressTest:
          "Press for about 10 seconds. If it is the source, an ache is felt in the lower back teeth and along the jaw. Only local soreness means it is probably not the cause.",
        treatments: [
          {
            method: "fingers",
            position: "Sitting or lying down, jaw relaxed and teeth slightly apart.",
            technique: "Press with two fingertips and stroke slowly downward over the spot, keeping the pain at or below about 4 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 4,
            gentle: true,
          },
          {
            method: "pincer",
            position: "Sitting, with clean hands, mouth slightly open.",
            technique: "Thumb inside the cheek, index finger outside, grip the middle of the muscle and hold until the tenderness eases.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: false,
          },
        ],
        followUp:
          "Open the mouth slowly as wide as is comfortable with the tongue on the roof of the mouth, then close; repeat a few times. Check during the day that your teeth are apart when you are not chewing.",
        cautions: [],
      },
      {
        id: "masseter-superficial-3",
        name: "Masseter, outer layer, lower point",
        location: {
          region: "jaw",
          landmark: "Low in the muscle, just above the angle of the jaw.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 8 (masseter), superficial layer, lower trigger points" },
        referral: [
          { region: "jaw", kind: "essential" },
          { region: "eye", kind: "spillover" },
          { region: "temple", kind: "spillover" },
        ],
        symptoms: ["restricted-motion"],
        activatedBy: ["Clenching or grinding the teeth", "Chewing gum", "Stress", "Holding the jaw forward"],
        find:
          "Find the angle of the jaw below the ear lobe, then move up a finger's width onto the muscle. Clench to feel it tighten, relax, and look for a tender spot.",
        pressTest:
          "Press for about 10 seconds. If it is the source, an ache is felt along the lower jaw and sometimes over the eyebrow and temple. Only local soreness means it is probably not the cause.",
        treatments: [
          {
            method: "fingers",
            position: "Sitting or lying down, jaw relaxed.",
            technique: "Press with fingertips just above the angle of the jaw and hold, or stroke slowly downward, staying at or below about 4 out of 10.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: true,
          },
          {
            method: "pincer",
            position: "Sitting, with clean hands, mouth slightly open.",
            technique: "Thumb inside the cheek near the back of the lower teeth, finger outside, grip the lower part of the muscle and hold.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: false,
          },
        ],
        followUp: "Open the mouth slowly and close it a few times, keeping the jaw moving in a straight line and the tongue on the roof of the mouth.",
        cautions: [],
      },
      {
        id: "masseter-deep-1",
        name: "Masseter, deep layer",
        location: {
          region: "tmj",
          landmark: "In the deep part of the muscle just in front of the jaw joint, below the back end of the cheekbone.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 8 (masseter), deep layer" },
        referral: [
          { region: "ear", kind: "essential" },
          { region: "tmj", kind: "essential" },
        ],
        symptoms: ["tinnitus", "restricted-motion", "jaw-clicking"],
        activatedBy: ["Clenching or grinding the teeth at night", "Chewing gum", "Stress", "A blow to the jaw"],
        find:
          "Put a fingertip in front of the ear and open and close the mouth: you feel the jaw joint move. Slide the fingertip forward a little, below the cheekbone, and press in firmly with the mouth slightly open.",
        pressTest:
          "Press for about 10 seconds. If it is the source, a deep ache is felt in the ear and the jaw joint, and some people notice their ear noise change. Only local tenderness means it is probably not the cause.",
        treatments: [
          {
            method: "fingers",
            position: "Sitting or lying on your back with the teeth slightly apart.",
            technique: "Press one or two fingertips in just in front of the joint and hold steadily, keeping the pain at or below about 4 out of 10.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: true,
          },
        ],
        followUp:
          "Rest the tongue on the roof of the mouth and open the jaw slowly in a straight line as far as is comfortable, then close; repeat a few times.",
        cautions: [],
      },
    ],
  },

  // ---------------------------------------------------------------- temporalis
  {
    id: "temporalis",
    name: "Temporalis",
    about:
      "A fan-shaped chewing muscle covering the side of the head above and in front of the ear; it closes the jaw and pulls it back.",
    evidence:
      "Its tooth pain and tooth sensitivity can mimic dental problems. New temple pain after age 50, especially with jaw pain when chewing, scalp tenderness or changes in vision, needs a doctor the same day because it can be inflammation of the temple artery.",
    sources: [
      { source: "simons-1999", locator: "ch. 9 (temporalis)" },
      { source: "davies-2013", locator: "head and neck pain chapter, section on the temporalis" },
    ],
    triggerPoints: [
      {
        id: "temporalis-1",
        name: "Temporalis, front point",
        location: {
          region: "temple",
          landmark: "In the front fibres of the muscle, in the hollow of the temple just behind the outer end of the eyebrow, a finger's width above the cheekbone.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "fernandez-2006-headache", locator: "results: active temporalis points in chronic tension-type headache" },
        referral: [
          { region: "temple", kind: "essential" },
          { region: "eye", kind: "essential" },
          { region: "upper-teeth", kind: "essential" },
        ],
        symptoms: ["headache"],
        activatedBy: ["Clenching or grinding the teeth", "Chewing gum", "Cold air on the side of the head", "Stress"],
        find:
          "Put your fingertips on the temple and clench your teeth: the muscle tightens under them. Relax and feel in the front part of the temple, just behind the eyebrow and above the cheekbone, for a tender spot.",
        pressTest:
          "Press for about 10 seconds. If it is the source, an ache is felt over the eyebrow and in the upper front teeth, as well as at the temple. Only local soreness means it is probably not the cause.",
        treatments: [
          {
            method: "fingers",
            position: "Sitting with elbows on a table, or lying on your back, jaw relaxed and teeth apart.",
            technique: "Press two fingertips into the spot and make small slow circles or short upward strokes, staying at or below about 4 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 4,
            gentle: true,
          },
        ],
        followUp: "Let the jaw hang open slowly a few times, then stroke gently upward over the temple with the flat of your fingers.",
        cautions: [],
      },
      {
        id: "temporalis-2",
        name: "Temporalis, front-middle point",
        location: {
          region: "temple",
          landmark: "About two finger-widths above the middle of the cheekbone, in the front half of the temple.",
          depth: "superficial",
        },
        prevalence: "common",
        prevalenceSource: { source: "fernandez-2010-tmd", locator: "results: active temporalis points in temporomandibular disorders" },
        referral: [
          { region: "temple", kind: "essential" },
          { region: "upper-teeth", kind: "essential" },
        ],
        symptoms: ["headache"],
        activatedBy: ["Clenching or grinding the teeth", "Chewing gum", "Holding the mouth open for long dental work", "Stress"],
        find:
          "Clench the teeth to feel the muscle under your fingertips, relax, and search above the middle of the cheekbone for a tender band.",
        pressTest:
          "Press for about 10 seconds. If it is the source, pain spreads upward over the temple in fingers and down into the upper teeth. Only local soreness means it is probably not the cause.",
        treatments: [
          {
            method: "fingers",
            position: "Sitting with elbows supported, or lying on your back, jaw relaxed.",
            technique: "Press with two or three fingertips and stroke slowly upward across the spot, keeping the pain at or below about 4 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 4,
            gentle: true,
          },
        ],
        followUp: "Open the mouth slowly as wide as is comfortable and close it a few times, keeping the teeth apart when resting.",
        cautions: [],
      },
      {
        id: "temporalis-3",
        name: "Temporalis, back-middle point",
        location: {
          region: "temple",
          landmark: "About two finger-widths above the ear's front edge, in the back half of the temple.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 9 (temporalis), middle trigger points" },
        referral: [
          { region: "temple", kind: "essential" },
          { region: "upper-teeth", kind: "essential" },
        ],
        symptoms: ["headache"],
        activatedBy: ["Clenching or grinding the teeth", "Chewing gum", "Sleeping with the side of the head on a hard surface", "Stress"],
        find:
          "Clench the teeth to feel the muscle above the ear tighten, relax, and feel about two finger-widths above the front of the ear for a tender band.",
        pressTest:
          "Press for about 10 seconds. If it is the source, pain spreads over the temple and into the upper back teeth. Only local soreness means it is probably not the cause.",
        treatments: [
          {
            method: "fingers",
            position: "Sitting with elbows supported, or lying on your back, jaw relaxed.",
            technique: "Press with fingertips and make slow small circles or short upward strokes, staying at or below about 4 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 4,
            gentle: true,
          },
        ],
        followUp: "Open the mouth slowly a few times and then let the jaw rest with the teeth slightly apart.",
        cautions: [],
      },
      {
        id: "temporalis-4",
        name: "Temporalis, back point",
        location: {
          region: "temple",
          landmark: "In the back fibres of the muscle, above and slightly behind the top of the ear.",
          depth: "superficial",
        },
        prevalence: "rare",
        prevalenceSource: { source: "simons-1999", locator: "ch. 9 (temporalis), posterior trigger point" },
        referral: [
          { region: "temple", kind: "essential" },
          { region: "vertex", kind: "spillover" },
          { region: "occiput", kind: "spillover" },
        ],
        symptoms: ["headache"],
        activatedBy: ["Clenching with the jaw pulled back", "Head held forward", "Stress"],
        find:
          "Place fingertips above and just behind the top of the ear and clench: the back fibres tighten. Relax and feel for a tender spot there.",
        pressTest:
          "Press for about 10 seconds. If it is the source, pain spreads backward and upward over the side of the head. Only local soreness means it is probably not the cause.",
        treatments: [
          {
            method: "fingers",
            position: "Sitting with elbows supported, or lying on your back.",
            technique: "Press with fingertips and stroke slowly backward and upward over the spot, keeping the pain at or below about 4 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 4,
            gentle: true,
          },
        ],
        followUp: "Open the mouth slowly a few times and move the jaw gently from side to side.",
        cautions: [],
      },
    ],
  },

  // ---------------------------------------------------------------- lateral pterygoid
  {
    id: "lateral-pterygoid",
    name: "Lateral pterygoid",
    about:
      "A small deep chewing muscle running forward from the jaw joint to the inside of the cheekbone area; it pulls the jaw forward and to the opposite side and helps open the mouth.",
    evidence:
      "Its role in jaw clicking is debated, and it is hard to reach: what is pressed through the cheek or inside the mouth may be neighbouring tissue. Jaw joint disorders and dental problems give a similar pain, so persistent jaw pain deserves a dentist's check.",
    sources: [
      { source: "simons-1999", locator: "ch. 11 (lateral pterygoid)" },
      { source: "davies-2013", locator: "head and neck pain chapter, section on the lateral pterygoid" },
    ],
    triggerPoints: [
      {
        id: "lateral-pterygoid-1",
        name: "Lateral pterygoid, reached through the cheek",
        location: {
          region: "tmj",
          landmark: "Deep in the notch in front of the jaw joint, below the cheekbone, reached through the masseter with the mouth slightly open.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 11 (lateral pterygoid)" },
        referral: [
          { region: "tmj", kind: "essential" },
          { region: "cheek", kind: "essential" },
        ],
        symptoms: ["jaw-clicking", "restricted-motion"],
        activatedBy: [
          "Grinding the teeth or pushing the jaw forward",
          "Chewing gum",
          "Playing a wind instrument or holding a violin with the chin",
          "A bite that does not meet evenly",
        ],
        find:
          "Put a fingertip in front of the ear and open the mouth: the jaw joint slides forward under it. With the mouth a little open, move the fingertip forward into the soft notch between the cheekbone and the jaw and press inward, deep.",
        pressTest:
          "Press for about 10 seconds with the mouth slightly open. If it is the source, a deep ache is felt in the jaw joint and into the cheek below the eye. Only local soreness means it is probably not the cause.",
        treatments: [
          {
            method: "fingers",
            position: "Sitting or lying down, mouth open about a finger's width.",
            technique: "Press one fingertip slowly inward through the notch and hold, keeping the pain at or below about 4 out of 10.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: true,
          },
        ],
        followUp:
          "Rest the tongue on the roof of the mouth and open and close the mouth slowly in a straight line, without letting the jaw slide forward; repeat a few times.",
        cautions: [],
      },
      {
        id: "lateral-pterygoid-2",
        name: "Lateral pterygoid, reached inside the mouth",
        location: {
          region: "cheek",
          landmark: "Inside the mouth, high up behind the last upper back tooth, pressing upward, backward and inward.",
          depth: "deep",
        },
        prevalence: "rare",
        prevalenceSource: { source: "simons-1999", locator: "ch. 11 (lateral pterygoid), intraoral examination" },
        referral: [
          { region: "tmj", kind: "essential" },
          { region: "cheek", kind: "essential" },
        ],
        symptoms: ["jaw-clicking"],
        activatedBy: ["Grinding the teeth", "Chewing gum", "Pushing the jaw forward", "Stress"],
        find:
          "With clean hands and the jaw moved slightly toward the side you are treating, slide your little finger along the outside of the upper back teeth, past the last tooth, and up into the pocket behind it.",
        pressTest:
          "Press gently for about 10 seconds. If it is the source, an ache is felt in the jaw joint and cheek. This spot is often tender in everyone, so only count it if it brings on your own pain.",
        treatments: [
          {
            method: "fingers",
            position: "Sitting, with clean hands or a glove, mouth half open and jaw shifted slightly toward the treated side.",
            technique: "Press the little fingertip gently up, back and inward and hold; the space is small, so keep the pressure light and at or below about 3 out of 10.",
            dose: { kind: "hold", seconds: 20 },
            painCeiling: 3,
            gentle: false,
          },
        ],
        followUp: "Move the jaw slowly from side to side and open and close it in a straight line a few times.",
        cautions: [],
      },
    ],
  },

  // ---------------------------------------------------------------- medial pterygoid
  {
    id: "medial-pterygoid",
    name: "Medial pterygoid",
    about:
      "A deep chewing muscle on the inside of the back of the lower jaw, mirroring the masseter on the outside; it closes the jaw and moves it to the opposite side.",
    evidence:
      "Its pain is hard to place, inside the mouth, throat and ear, so it is easily mistaken for a sore throat or ear trouble. A sore throat with fever, swollen glands or trouble swallowing needs a doctor, not massage.",
    sources: [
      { source: "simons-1999", locator: "ch. 10 (medial pterygoid)" },
      { source: "davies-2013", locator: "head and neck pain chapter, section on the medial pterygoid" },
    ],
    triggerPoints: [
      {
        id: "medial-pterygoid-1",
        name: "Medial pterygoid",
        location: {
          region: "jaw",
          landmark: "On the inner side of the angle of the lower jaw, reached from below the angle or from inside the mouth behind the last lower teeth.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 10 (medial pterygoid)" },
        referral: [
          { region: "throat", kind: "essential" },
          { region: "tmj", kind: "essential" },
          { region: "ear", kind: "essential" },
          { region: "jaw", kind: "spillover" },
        ],
        symptoms: ["restricted-motion"],
        activatedBy: ["Clenching or grinding the teeth", "Chewing gum", "Holding the jaw forward", "Stress"],
        find:
          "Find the angle of the jaw below the ear lobe. Tip the head slightly toward that side, then hook a fingertip under the angle and press up against the inner surface of the jawbone. Clench gently and you feel the muscle tighten.",
        pressTest:
          "Press gently for about 10 seconds. If it is the source, pain is felt deep in the throat or mouth, below the jaw joint and in the ear, and swallowing may hurt. Only local soreness means it is probably not the cause.",
        treatments: [
          {
            method: "fingers",
            position: "Sitting, head tilted slightly toward the treated side, jaw relaxed.",
            technique:
              "Hook one or two fingertips under the angle of the jaw and press gently upward and outward against the inner side of the bone; hold, staying at or below about 3 out of 10.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 3,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sitting, with clean hands or a glove, mouth open a little.",
            technique:
              "Slide the index finger inside the mouth along the inside of the lower back teeth, past the last tooth, and press gently outward on the soft muscle there; hold lightly.",
            dose: { kind: "hold", seconds: 20 },
            painCeiling: 3,
            gentle: false,
          },
        ],
        followUp:
          "Open the mouth slowly and as wide as is comfortable, then move the jaw gently to the treated side a few times.",
        cautions: ["throat-and-jaw"],
      },
    ],
  },

  // ---------------------------------------------------------------- digastric
  {
    id: "digastric",
    name: "Digastric",
    about:
      "A two-part muscle under the jaw: a back part running from behind the ear to the hyoid bone, and a front part running from there to the chin. It helps open the mouth and lifts the throat when swallowing.",
    evidence:
      "The back part refers pain into the same area as the upper sternocleidomastoid, so the two are easily confused. Swollen glands under the jaw from an infection are tender too and should not be massaged.",
    sources: [
      { source: "simons-1999", locator: "ch. 12 (digastric)" },
      { source: "davies-2013", locator: "head and neck pain chapter, section on the digastric" },
    ],
    triggerPoints: [
      {
        id: "digastric-posterior-1",
        name: "Digastric, back part",
        location: {
          region: "neck-front",
          landmark: "In the small gap just below and behind the angle of the jaw, in front of the bony bump behind the ear.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 12 (digastric), posterior belly" },
        referral: [
          { region: "neck-front", kind: "essential" },
          { region: "mastoid", kind: "essential" },
          { region: "occiput", kind: "spillover" },
          { region: "throat", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: ["Breathing through the mouth", "Pushing the jaw forward", "Grinding the teeth", "A whiplash-type injury"],
        find:
          "Find the gap between the angle of the jaw and the bony bump behind the ear. With the head tilted slightly back, rest a fingertip there lightly and swallow: you feel the tissue move.",
        pressTest:
          "Press very gently for about 10 seconds. If it is the source, pain is felt in the upper side of the neck below the ear and behind the ear, sometimes up to the back of the head. Only local soreness means it is probably not the cause.",
        treatments: [
          {
            method: "fingers",
            position: "Sitting, head tilted slightly back and toward the treated side.",
            technique:
              "Rest one fingertip in the gap and press very gently, making small slow strokes downward. Keep it light, at or below about 3 out of 10, and move away if you feel a pulse.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 3,
            gentle: true,
          },
        ],
        followUp: "Open and close the mouth slowly a few times, then swallow and let the jaw rest with the teeth slightly apart.",
        cautions: ["front-of-neck", "throat-and-jaw"],
      },
      {
        id: "digastric-anterior-1",
        name: "Digastric, front part",
        location: {
          region: "jaw",
          landmark: "Under the chin, just beside the midline, in the soft tissue behind the bony edge of the chin.",
          depth: "superficial",
        },
        prevalence: "rare",
        prevalenceSource: { source: "simons-1999", locator: "ch. 12 (digastric), anterior belly" },
        referral: [
          { region: "lower-teeth", kind: "essential" },
          { region: "jaw", kind: "essential" },
        ],
        symptoms: [],
        activatedBy: ["Grinding the teeth", "Pushing the jaw forward", "Breathing through the mouth"],
        find:
          "Put a fingertip under the chin just off the midline and open the mouth against the resistance of your other hand under the chin: the small muscle tightens.",
        pressTest:
          "Press gently upward for about 10 seconds. If it is the source, an ache is felt in the lower front teeth and the gum beneath them. Only local soreness means it is probably not the cause.",
        treatments: [
          {
            method: "fingers",
            position: "Sitting, jaw relaxed.",
            technique: "Press one fingertip gently upward under the chin and hold, staying at or below about 3 out of 10.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 3,
            gentle: true,
          },
        ],
        followUp: "Lift the chin gently toward the ceiling with the mouth closed and hold a mild stretch for 20 seconds.",
        cautions: ["throat-and-jaw"],
      },
    ],
  },

  // ---------------------------------------------------------------- frontalis
  {
    id: "frontalis",
    name: "Frontalis (occipitofrontalis, frontal belly)",
    about: "The thin muscle across the forehead that raises the eyebrows and wrinkles the forehead.",
    sources: [
      { source: "simons-1999", locator: "ch. 14 (occipitofrontalis)" },
      { source: "davies-2013", locator: "head and neck pain chapter, section on the occipitofrontalis" },
    ],
    triggerPoints: [
      {
        id: "frontalis-1",
        name: "Frontalis",
        location: {
          region: "forehead",
          landmark: "Just above the inner half of the eyebrow, in the muscle of the forehead.",
          depth: "superficial",
        },
        prevalence: "rare",
        prevalenceSource: { source: "simons-1999", locator: "ch. 14 (occipitofrontalis), frontal belly" },
        referral: [{ region: "forehead", kind: "essential" }],
        symptoms: ["headache"],
        activatedBy: [
          "Raising the eyebrows or frowning a lot, for example from worry or poor eyesight",
          "Overload from neck muscles such as the sternocleidomastoid",
        ],
        find: "Raise your eyebrows to feel the muscle tighten under your fingertips, relax, and feel just above the inner half of the eyebrow for a tender spot.",
        pressTest:
          "Press for about 10 seconds. If it is the source, an ache spreads upward over the same side of the forehead. Only local soreness means it is probably not the cause.",
        treatments: [
          {
            method: "fingers",
            position: "Sitting with elbows on a table, or lying on your back.",
            technique: "Press with a fingertip on the spot and make slow short strokes upward, keeping the pressure at or below about 4 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 4,
            gentle: true,
          },
        ],
        followUp: "Raise the eyebrows slowly and let them drop and soften a few times, then smooth the forehead outward with the flats of the fingers.",
        cautions: [],
      },
    ],
  },

  // ---------------------------------------------------------------- occipitalis
  {
    id: "occipitalis",
    name: "Occipitalis (occipitofrontalis, occipital belly)",
    about: "A thin muscle on the back of the head above the neck that pulls the scalp backward, working with the forehead muscle.",
    evidence:
      "Irritation of the nerves at the back of the head (occipital neuralgia) also causes pain here, usually sharp or electric and with numb or very sensitive scalp; that needs a clinician's assessment.",
    sources: [
      { source: "simons-1999", locator: "ch. 14 (occipitofrontalis)" },
      { source: "davies-2013", locator: "head and neck pain chapter, section on the occipitofrontalis" },
    ],
    triggerPoints: [
      {
        id: "occipitalis-1",
        name: "Occipitalis",
        location: {
          region: "occiput",
          landmark: "On the back of the head a few finger-widths out from the midline, just above the bony ridge where the neck muscles attach.",
          depth: "superficial",
        },
        prevalence: "rare",
        prevalenceSource: { source: "simons-1999", locator: "ch. 14 (occipitofrontalis), occipital belly" },
        referral: [
          { region: "occiput", kind: "essential" },
          { region: "eye", kind: "essential" },
        ],
        symptoms: ["headache"],
        activatedBy: [
          "Frowning or raising the eyebrows a lot",
          "Lying with the back of the head on a hard surface",
          "Tension in the neck muscles below",
        ],
        find:
          "Find the bony ridge at the back of the head where the neck meets the skull. Move a finger's width up and a few finger-widths out from the midline, raise your eyebrows and feel the scalp move. Search for a tender spot there.",
        pressTest:
          "Press for about 10 seconds. If it is the source, an ache spreads over the back of the head and is felt deep behind the eye on the same side. Only local soreness means it is probably not the cause.",
        treatments: [
          {
            method: "large-ball",
            position: "Lying on your back with the ball under the back of the head, just above the neck.",
            technique:
              "Let the head rest on the ball and turn it slowly a little from side to side so the ball rolls over the spot, keeping the pressure at or below about 4 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 4,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sitting with elbows on a table and the head resting in your hands.",
            technique: "Press the fingertips into the spot and hold steadily until the tenderness eases, keeping the pressure light on the scalp.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: true,
          },
        ],
        followUp: "Raise and lower the eyebrows slowly a few times, then tuck the chin gently and let the back of the neck lengthen.",
        cautions: [],
      },
    ],
  },

  // ---------------------------------------------------------------- zygomaticus major
  {
    id: "zygomaticus-major",
    name: "Zygomaticus major",
    about: "A slim face muscle running from the cheekbone to the corner of the mouth; it pulls the corner of the mouth up and out when smiling.",
    sources: [
      { source: "simons-1999", locator: "ch. 13 (facial muscles: zygomaticus major)" },
      { source: "davies-2013", locator: "head and neck pain chapter, section on the facial muscles" },
    ],
    triggerPoints: [
      {
        id: "zygomaticus-major-1",
        name: "Zygomaticus major",
        location: {
          region: "cheek",
          landmark: "In the cheek about halfway between the corner of the mouth and the cheekbone, on the line joining them.",
          depth: "superficial",
        },
        prevalence: "rare",
        prevalenceSource: { source: "simons-1999", locator: "ch. 13 (facial muscles: zygomaticus major)" },
        referral: [
          { region: "cheek", kind: "essential" },
          { region: "forehead", kind: "essential" },
          { region: "eye", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: ["Overload from the chewing muscles", "Constant forced smiling", "Tension in the face from stress"],
        find:
          "With clean hands, put your thumb inside the cheek and your index finger outside, halfway between the corner of the mouth and the cheekbone. Smile: you feel a thin band tighten between them.",
        pressTest:
          "Squeeze for about 10 seconds. If it is the source, pain runs up alongside the nose to the middle of the forehead. Only local soreness means it is probably not the cause.",
        treatments: [
          {
            method: "fingers",
            position: "Sitting, face relaxed.",
            technique: "Press a fingertip on the outside of the cheek over the band and stroke slowly toward the cheekbone, staying at or below about 4 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 4,
            gentle: true,
          },
          {
            method: "pincer",
            position: "Sitting, with clean hands.",
            technique: "Thumb inside the cheek, index finger outside, grip the band and hold until the tenderness eases.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: false,
          },
        ],
        followUp: "Open the mouth wide while pulling the lips over the teeth, hold for a few seconds, then smile broadly and relax; repeat a few times.",
        cautions: [],
      },
    ],
  },

  // ---------------------------------------------------------------- orbicularis oculi
  {
    id: "orbicularis-oculi",
    name: "Orbicularis oculi",
    about: "The ring of muscle around the eye that closes the eyelids, from a gentle blink to a tight squeeze.",
    evidence:
      "Pain around the eye has causes that need urgent attention, such as glaucoma or inflammation: a red, painful eye, blurred vision or halos around lights need a doctor straight away.",
    sources: [
      { source: "simons-1999", locator: "ch. 13 (facial muscles: orbicularis oculi)" },
      { source: "davies-2013", locator: "head and neck pain chapter, section on the facial muscles" },
    ],
    triggerPoints: [
      {
        id: "orbicularis-oculi-1",
        name: "Orbicularis oculi",
        location: {
          region: "eye",
          landmark: "In the upper part of the ring, on the bone just below the eyebrow above the upper eyelid.",
          depth: "superficial",
        },
        prevalence: "rare",
        prevalenceSource: { source: "simons-1999", locator: "ch. 13 (facial muscles: orbicularis oculi)" },
        referral: [
          { region: "eye", kind: "essential" },
          { region: "cheek", kind: "essential" },
        ],
        symptoms: [],
        activatedBy: ["Squinting, for example in bright light or with an out-of-date glasses prescription", "Frowning", "Tired eyes from screens"],
        find: "Close the eye and place a fingertip on the bony rim just below the eyebrow. Squeeze the eyes shut and feel the ring of muscle tighten; search along the rim for a tender spot.",
        pressTest:
          "Press lightly on the bone for about 10 seconds. If it is the source, pain runs down over the side of the nose and into the cheek. Only local soreness means it is probably not the cause.",
        treatments: [
          {
            method: "fingers",
            position: "Sitting or lying down with the eyes closed.",
            technique: "Press lightly with a fingertip on the bony rim only, never on the eyeball, and make small slow strokes outward along the rim.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 3,
            gentle: true,
          },
        ],
        followUp: "Squeeze the eyes shut gently, then open them wide and look into the distance; repeat a few times.",
        cautions: ["eye-area"],
      },
    ],
  },

  // ---------------------------------------------------------------- splenius capitis
  {
    id: "splenius-capitis",
    name: "Splenius capitis",
    about:
      "A flat band running from the spine at the base of the neck up and out to the back of the skull behind the ear; it tips the head back and turns it to the same side.",
    sources: [
      { source: "simons-1999", locator: "ch. 15 (splenius capitis and splenius cervicis)" },
      { source: "davies-2013", locator: "head and neck pain chapter, section on the splenius muscles" },
    ],
    triggerPoints: [
      {
        id: "splenius-capitis-1",
        name: "Splenius capitis",
        location: {
          region: "neck-back",
          landmark:
            "High on the back of the neck, a few finger-widths below the bony bump behind the ear, in the small muscle gap between the trapezius at the back and the sternocleidomastoid at the side.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 15 (splenius capitis and splenius cervicis)" },
        referral: [{ region: "vertex", kind: "essential" }],
        symptoms: ["headache", "stiffness"],
        activatedBy: [
          "Holding the head forward or looking up for long periods",
          "Turning the head to one side to look at a screen",
          "A whiplash-type injury",
          "Cold draughts on the neck",
        ],
        find:
          "Put your fingertips below the bony bump behind the ear, behind the sternocleidomastoid cord. Turn the head toward the same side against the resistance of your other hand: the splenius tightens under your fingers in the gap there.",
        pressTest:
          "Press for about 10 seconds. If it is the source, an ache is felt on the top of the head on the same side. Only local soreness means it is probably not the cause.",
        treatments: [
          {
            method: "fingers",
            position: "Sitting with the head tilted slightly back and toward the treated side to soften the muscle.",
            technique: "Press two fingertips into the spot and hold, or make slow short strokes downward, keeping the pain at or below about 4 out of 10.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: true,
          },
          {
            method: "large-ball",
            position: "Lying on your back with the ball under the upper back of the neck, just beside the spine on the treated side.",
            technique:
              "Let the head rest, then turn it slowly a little toward the treated side so the ball presses into the muscle; keep the pressure on muscle, not on the bony spine, and at or below about 4 out of 10.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 4,
            gentle: true,
          },
        ],
        followUp:
          "Bring the chin gently toward the chest, then turn the face slightly away from the treated side and tilt it forward; hold a mild stretch for 30 seconds.",
        cautions: ["back-of-neck-tools"],
      },
    ],
  },

  // ---------------------------------------------------------------- splenius cervicis
  {
    id: "splenius-cervicis",
    name: "Splenius cervicis",
    about:
      "A flat muscle running from the upper back spine up to the upper neck bones; it extends the neck and turns it to the same side.",
    evidence:
      "Some people with points here notice blurred vision on that side; vision changes with headache can also have other, serious causes and should be checked by a doctor.",
    sources: [
      { source: "simons-1999", locator: "ch. 15 (splenius capitis and splenius cervicis)" },
      { source: "davies-2013", locator: "head and neck pain chapter, section on the splenius muscles" },
    ],
    triggerPoints: [
      {
        id: "splenius-cervicis-1",
        name: "Splenius cervicis, upper point",
        location: {
          region: "neck-back",
          landmark: "Deep in the upper-middle back of the neck, about two finger-widths out from the spine, below the level of the splenius capitis point.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 15 (splenius capitis and splenius cervicis), upper splenius cervicis point" },
        referral: [
          { region: "eye", kind: "essential" },
          { region: "occiput", kind: "spillover" },
          { region: "temple", kind: "spillover" },
        ],
        symptoms: ["headache", "stiffness", "restricted-motion"],
        activatedBy: [
          "Working with the head held forward",
          "Sleeping with the neck bent or twisted",
          "A whiplash-type injury",
          "Cold draughts on the neck",
        ],
        find:
          "The muscle lies deep under the trapezius. Press a little in from the side, two finger-widths out from the spine in the middle of the neck, with the head tilted slightly back to relax the outer muscles, and feel for a deep tender spot.",
        pressTest:
          "Press firmly but slowly for about 10 seconds. If it is the source, a diffuse ache is felt inside the head, focused behind the eye, sometimes with pain at the back of the head. Only local soreness means it is probably not the cause.",
        treatments: [
          {
            method: "large-ball",
            position: "Lying on your back with the ball under the middle of the back of the neck, beside the spine on the treated side.",
            technique: "Let the head rest and turn it slowly a little toward the treated side; stay on muscle, not the bony spine, and keep the pressure at or below about 5 out of 10.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sitting with the head tilted slightly back.",
            technique: "Press two or three fingertips deep beside the spine and hold, letting the tenderness ease before moving on.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Bring the chin toward the chest and turn the face slightly away from the treated side; hold a mild stretch for 30 seconds, then turn the head slowly from side to side.",
        cautions: ["back-of-neck-tools"],
      },
      {
        id: "splenius-cervicis-2",
        name: "Splenius cervicis, lower point",
        location: {
          region: "neck-base",
          landmark: "At the angle where the neck meets the shoulder, deep under the trapezius beside the lowest neck bones.",
          depth: "deep",
        },
        prevalence: "common",
        prevalenceSource: { source: "cerezo-2016", locator: "results: active splenius cervicis points in chronic neck pain" },
        referral: [
          { region: "neck-base", kind: "essential" },
          { region: "neck-back", kind: "spillover" },
        ],
        symptoms: ["stiffness", "restricted-motion"],
        activatedBy: ["Working with the head held forward", "Carrying loads on the shoulders", "Sleeping with the neck twisted"],
        find:
          "Feel at the base of the neck, beside the lowest neck bones, where the neck turns into the shoulder. The point is under the upper trapezius; press deep and turn the head slightly toward the same side to feel the muscle work.",
        pressTest:
          "Press for about 10 seconds. If it is the source, an ache is felt at the angle of the neck and sometimes up the back of the neck. Only local soreness means it is probably not the cause.",
        treatments: [
          {
            method: "large-ball",
            position: "Lying on your back with knees bent, the ball under the base of the neck beside the spine.",
            technique: "Let your weight settle and turn the head slowly a little toward the treated side; keep the pressure at or below about 5 out of 10.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sitting, reaching across with the opposite hand.",
            technique: "Press fingertips deep beside the lowest neck bones and make slow short strokes downward.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "small-ball",
            position: "Standing with your back against a wall, the ball at the base of the neck beside the spine.",
            technique: "Lean into the ball and hold on the tender spot, staying on muscle and off the bony spine.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "hooked-cane",
            position: "Sitting, with the hook over the shoulder and the tip at the base of the neck beside the spine.",
            technique: "Pull the handle down gently so the tip presses in and hold steadily.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp: "Drop the chin toward the chest and turn the face away from the treated side; hold a mild stretch for 30 seconds.",
        cautions: [],
      },
    ],
  },

  // ---------------------------------------------------------------- semispinalis capitis and cervicis
  {
    id: "semispinalis-capitis",
    name: "Semispinalis capitis and cervicis",
    about:
      "Long muscles running beside the spine in the back of the neck, under the trapezius, up to the back of the skull; they hold the head up against gravity and tip it back.",
    evidence:
      "A nerve to the back of the scalp (the greater occipital nerve) passes through the semispinalis capitis; a tight muscle may irritate it and cause numbness, tingling or burning over the back of the head. Arm symptoms or weakness point to a neck nerve problem that needs a clinician.",
    sources: [
      { source: "simons-1999", locator: "ch. 16 (posterior cervical muscles)" },
      { source: "davies-2013", locator: "head and neck pain chapter, section on the posterior cervical muscles" },
    ],
    triggerPoints: [
      {
        id: "semispinalis-capitis-1",
        name: "Posterior neck (semispinalis cervicis), point 1",
        location: {
          region: "neck-back",
          landmark: "In the middle of the back of the neck, about level with the fourth and fifth neck bones, a finger's width out from the spine.",
          depth: "deep",
        },
        prevalence: "common",
        prevalenceSource: { source: "cerezo-2016", locator: "results: active points in the deep posterior neck muscles (multifidi) at this level in chronic neck pain" },
        referral: [
          { region: "neck-back", kind: "essential" },
          { region: "occiput", kind: "essential" },
          { region: "scapula-medial", kind: "spillover" },
        ],
        symptoms: ["stiffness", "restricted-motion"],
        activatedBy: [
          "Reading or working with the head bent forward",
          "Long periods looking at a phone held low",
          "Sleeping on a pillow that bends the neck",
          "A whiplash-type injury",
        ],
        find:
          "Sit and let the head tilt slightly back so the outer muscles soften. Place fingertips a finger's width out from the bony bumps in the middle of the neck and press in toward the spine, feeling for a deep tender cord.",
        pressTest:
          "Press for about 10 seconds. If it is the source, an ache is felt up into the base of the skull and sometimes down toward the upper inner shoulder blade. Only local soreness means it is probably not the cause.",
        treatments: [
          {
            method: "large-ball",
            position: "Lying on your back with the ball under the middle of the neck beside the spine.",
            technique: "Let the head's weight rest on the ball and nod very slightly so it rolls a little up and down; stay off the bony spine and at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sitting with elbows on a table and the head tilted slightly back.",
            technique: "Press the fingertips in beside the spine and hold until the tenderness eases, then move a little up or down.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp: "Tuck the chin in gently and bring it toward the chest, letting the back of the neck lengthen; hold for 30 seconds.",
        cautions: ["back-of-neck-tools"],
      },
      {
        id: "semispinalis-capitis-2",
        name: "Semispinalis capitis, point 2",
        location: {
          region: "neck-back",
          landmark: "In the upper back of the neck, a few finger-widths below the skull and a finger's width out from the spine.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 16 (posterior cervical muscles), semispinalis capitis points" },
        referral: [
          { region: "occiput", kind: "essential" },
          { region: "vertex", kind: "spillover" },
        ],
        symptoms: ["headache", "numbness-tingling"],
        activatedBy: ["Holding the head forward", "Looking down for long periods", "Cold draughts", "A whiplash-type injury"],
        find:
          "With the head tilted slightly back, place fingertips a few finger-widths below the skull beside the spine and press in, feeling for a tender band running up and down.",
        pressTest:
          "Press for about 10 seconds. If it is the source, an ache is felt over the back of the head on the same side, sometimes toward the top of the head. Only local soreness means it is probably not the cause.",
        treatments: [
          {
            method: "large-ball",
            position: "Lying on your back with the ball under the upper neck beside the spine.",
            technique: "Let the head rest and make small slow nodding movements; keep the ball on muscle and the pressure at or below about 4 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 4,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sitting with elbows on a table, head tilted slightly back.",
            technique: "Press fingertips in beside the spine and hold until the tenderness eases.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: false,
          },
        ],
        followUp: "Tuck the chin gently and then bring it toward the chest; hold a mild stretch for 30 seconds.",
        cautions: ["back-of-neck-tools"],
      },
      {
        id: "semispinalis-capitis-3",
        name: "Semispinalis capitis, point 3",
        location: {
          region: "neck-back",
          landmark: "Just below the bony ridge at the back of the skull, a finger's width out from the midline.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 16 (posterior cervical muscles), semispinalis capitis points" },
        referral: [
          { region: "temple", kind: "essential" },
          { region: "eye", kind: "essential" },
          { region: "occiput", kind: "spillover" },
          { region: "forehead", kind: "spillover" },
        ],
        symptoms: ["headache"],
        activatedBy: ["Holding the head forward", "Reading in bed with the head propped up", "A whiplash-type injury"],
        find:
          "Find the bony ridge at the back of the skull and move just below it, a finger's width out from the midline. With the head tilted slightly back, press up and in for a tender spot.",
        pressTest:
          "Press for about 10 seconds. If it is the source, a band of pain is felt around the side of the head, strongest at the temple and over the eye. Only local soreness means it is probably not the cause.",
        treatments: [
          {
            method: "large-ball",
            position: "Lying on your back with a soft ball just below the skull beside the midline, not in the central hollow.",
            technique: "Let the head rest on the ball and turn it very slightly from side to side; keep the pressure at or below about 4 out of 10.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 4,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Lying on your back, fingertips under the skull beside the midline.",
            technique: "Curl the fingertips up against the base of the skull and let the weight of the head provide the pressure; hold.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 4,
            gentle: true,
          },
        ],
        followUp: "Make small chin-tuck nods, as if saying yes, ten times, then bring the chin gently to the chest and hold for 30 seconds.",
        cautions: ["back-of-neck-tools"],
      },
    ],
  },

  // ---------------------------------------------------------------- suboccipitals
  {
    id: "suboccipitals",
    name: "Suboccipital muscles",
    about:
      "Four small pairs of muscles between the base of the skull and the top two neck bones; they make fine nodding and turning movements of the head.",
    evidence:
      "Headache from the neck is common, and the suboccipital pattern overlaps with pain from the upper neck joints. A sudden severe headache, or headache with fever, stiff neck, confusion or weakness, needs emergency care.",
    sources: [
      { source: "simons-1999", locator: "ch. 17 (suboccipital muscles)" },
      { source: "davies-2013", locator: "head and neck pain chapter, section on the suboccipitals" },
    ],
    triggerPoints: [
      {
        id: "suboccipitals-1",
        name: "Suboccipital muscles",
        location: {
          region: "occiput",
          landmark: "Deep under the bony ridge at the back of the skull, a couple of finger-widths out from the midline, between the skull and the top of the neck.",
          depth: "deep",
        },
        prevalence: "common",
        prevalenceSource: { source: "simons-1999", locator: "ch. 17 (suboccipital muscles)" },
        referral: [
          { region: "occiput", kind: "essential" },
          { region: "temple", kind: "spillover" },
          { region: "eye", kind: "spillover" },
        ],
        symptoms: ["headache", "restricted-motion"],
        activatedBy: [
          "Pushing the chin forward while looking at a screen",
          "Glasses that make you tilt the head back to read",
          "Sleeping with the neck bent back or on a high pillow",
          "A whiplash-type injury",
        ],
        find:
          "Lie on your back and slide your fingertips under the base of the skull, a couple of finger-widths out from the middle. Nod slightly and you feel the small deep muscles tighten under the outer layers.",
        pressTest:
          "Let the head's weight rest on your fingertips for about 10 seconds. If it is the source, a deep headache is felt at the back of the head, sometimes running forward toward the eye. Only local soreness means it is probably not the cause.",
        treatments: [
          {
            method: "fingers",
            position: "Lying on your back with knees bent, fingertips curled up under the base of the skull.",
            technique:
              "Keep the fingers still and let the weight of the head sink onto them; breathe slowly. Stay at or below about 4 out of 10 and stop if you feel dizzy or sick.",
            dose: { kind: "hold", seconds: 60 },
            painCeiling: 4,
            gentle: true,
          },
          {
            method: "large-ball",
            position: "Lying on your back with a soft ball just under the skull on the treated side, beside but not in the central hollow.",
            technique: "Let the head rest on the ball and nod very slightly; keep the pressure gentle and stop if you feel dizzy.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 4,
            gentle: true,
          },
        ],
        followUp: "Make small slow nods, as if saying yes, with the chin gently tucked; repeat ten times, then rest with the back of the neck long.",
        cautions: ["back-of-neck-tools"],
      },
    ],
  },

  // ---------------------------------------------------------------- levator scapulae
  {
    id: "levator-scapulae",
    name: "Levator scapulae",
    about:
      "A strap-like muscle running from the upper neck bones down to the top inner corner of the shoulder blade; it lifts the shoulder blade and helps turn and bend the neck.",
    evidence:
      "A very common cause of the stiff neck that will not turn. Pain or tingling spreading down the arm points more to a trapped neck nerve and needs a clinician's check.",
    sources: [
      { source: "simons-1999", locator: "ch. 19 (levator scapulae)" },
      { source: "davies-2013", locator: "section on the levator scapulae" },
    ],
    triggerPoints: [
      {
        id: "levator-scapulae-1",
        name: "Levator scapulae, upper point",
        location: {
          region: "neck-base",
          landmark: "At the angle where the neck meets the shoulder, where the muscle comes out from under the front edge of the upper trapezius.",
          depth: "deep",
        },
        prevalence: "common",
        prevalenceSource: { source: "cerezo-2016", locator: "results: active levator scapulae points in chronic neck pain" },
        referral: [
          { region: "neck-base", kind: "essential" },
          { region: "scapula-medial", kind: "spillover" },
          { region: "shoulder-back", kind: "spillover" },
        ],
        symptoms: ["stiffness", "restricted-motion"],
        activatedBy: [
          "Sleeping with the neck tilted or on a poor pillow",
          "Holding a phone between ear and shoulder",
          "Looking to one side for long periods",
          "Stress and cold",
        ],
        find:
          "Sit with the arm resting. Push the upper trapezius ridge back with your fingers at the angle where the neck meets the shoulder and press in under it. Lift the shoulder slightly and you feel the levator tighten.",
        pressTest:
          "Press for about 10 seconds. If it is the source, an ache is felt at the angle of the neck and sometimes along the inner edge of the shoulder blade. Only local soreness means it is probably not the cause.",
        treatments: [
          {
            method: "large-ball",
            position: "Lying on your back with knees bent, the ball under the angle where the back of the neck meets the shoulder.",
            technique: "Let your weight settle on the ball and turn the head slowly away from the treated side; keep the pressure at or below about 5 out of 10.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sitting, reaching across with the opposite hand.",
            technique: "Hook the fingertips over the angle of the neck, under the edge of the trapezius, and press downward and back; hold until the tenderness eases.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "hooked-cane",
            position: "Sitting, with the hook over the shoulder and the tip at the angle of the neck from behind.",
            technique: "Pull the handle down gently so the tip presses in from behind and hold steadily.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Hold the chair with the hand on the treated side, turn the face about halfway away from that side and bring the nose toward the opposite armpit; hold a mild stretch for 30 seconds.",
        cautions: [],
      },
      {
        id: "levator-scapulae-2",
        name: "Levator scapulae, lower point",
        location: {
          region: "scapula-upper",
          landmark: "Just above the top inner corner of the shoulder blade, where the muscle attaches.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 19 (levator scapulae), lower trigger point" },
        referral: [
          { region: "neck-base", kind: "essential" },
          { region: "scapula-medial", kind: "spillover" },
          { region: "shoulder-back", kind: "spillover" },
        ],
        symptoms: ["stiffness", "restricted-motion"],
        activatedBy: ["Carrying a bag on one shoulder", "Using crutches or a walking stick", "Sleeping on a poor pillow", "Stress"],
        find:
          "Reach across and find the top inner corner of the shoulder blade; shrugging slightly makes it move under your fingers. The point lies just above that corner.",
        pressTest:
          "Press for about 10 seconds. If it is the source, an ache is felt at the angle of the neck and sometimes along the inner edge of the shoulder blade. Only local soreness means it is probably not the cause.",
        treatments: [
          {
            method: "large-ball",
            position: "Lying on your back with knees bent, the ball just above the top inner corner of the shoulder blade.",
            technique: "Let your weight settle on the ball and hold, keeping the pressure at or below about 5 out of 10.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "small-ball",
            position: "Standing with your back against a wall, the ball just above the top inner corner of the shoulder blade.",
            technique: "Lean into the ball and make slow short strokes up and down over the corner.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "hooked-cane",
            position: "Sitting, with the hook over the shoulder and the tip just above the top inner corner of the shoulder blade.",
            technique: "Pull the handle down gently and hold steadily.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Hold the chair with the hand on the treated side, turn the face halfway away and nod the nose toward the opposite armpit; hold a mild stretch for 30 seconds.",
        cautions: [],
      },
    ],
  },

  // ---------------------------------------------------------------- scalenes
  {
    id: "scalenes",
    name: "Scalenes",
    about:
      "Three muscles at the side of the neck running from the neck bones down to the first two ribs; they lift the upper ribs when breathing hard and bend the neck to the side.",
    evidence:
      "Tingling or numbness in the hand can come from the scalenes pressing on the nerves to the arm, but also from a trapped neck nerve or carpal tunnel syndrome, which need ruling out. Chest pain, especially with breathlessness or sweating, must be checked for heart causes first.",
    sources: [
      { source: "simons-1999", locator: "ch. 20 (scalene muscles)" },
      { source: "davies-2013", locator: "section on the scalenes" },
    ],
    triggerPoints: [
      {
        id: "scalenes-anterior-1",
        name: "Anterior scalene",
        location: {
          region: "neck-front",
          landmark: "Low at the side of the neck, just above the collarbone and behind the outer edge of the sternocleidomastoid.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 20 (scalene muscles)" },
        referral: [
          { region: "chest", kind: "essential" },
          { region: "scapula-medial", kind: "essential" },
          { region: "arm-front", kind: "essential" },
          { region: "forearm-dorsal-radial", kind: "spillover" },
          { region: "thumb", kind: "spillover" },
          { region: "index-finger", kind: "spillover" },
        ],
        symptoms: ["numbness-tingling", "swelling"],
        activatedBy: [
          "Breathing high in the chest, as with asthma, coughing or stress",
          "Pulling, lifting or carrying heavy loads",
          "Sleeping with the head low and the neck bent to the side",
          "A whiplash-type injury",
        ],
        find:
          "Sit and find the collarbone. Just above it, behind the outer edge of the sternocleidomastoid cord, rest two fingertips lightly. Sniff in sharply: you feel the scalenes tighten as they lift the upper ribs.",
        pressTest:
          "Press gently for about 10 seconds. If it is the source, an ache spreads into the chest, the upper arm or the thumb side of the hand, or between the shoulder blades. Tingling or an electric feeling means you are on a nerve: move off it.",
        treatments: [
          {
            method: "fingers",
            position: "Sitting or lying on your back with the head tilted slightly toward the treated side.",
            technique:
              "Press two fingertips gently onto the muscle above the collarbone and make slow short strokes downward. Keep it light, at or below about 3 out of 10; move away if you feel a pulse or tingling.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 3,
            gentle: true,
          },
        ],
        followUp:
          "Sitting tall, hold the chair with the hand on the treated side and tilt the ear gently toward the opposite shoulder, turning the face slightly upward; hold for 20 to 30 seconds. Then breathe slowly into the belly for a minute to let these muscles rest.",
        cautions: ["front-of-neck"],
      },
      {
        id: "scalenes-middle-1",
        name: "Middle scalene",
        location: {
          region: "neck-front",
          landmark: "At the side of the neck, a little behind the anterior scalene, halfway between the collarbone and the ear.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 20 (scalene muscles)" },
        referral: [
          { region: "arm-front", kind: "essential" },
          { region: "arm-back", kind: "essential" },
          { region: "forearm-dorsal-radial", kind: "essential" },
          { region: "thumb", kind: "essential" },
          { region: "index-finger", kind: "spillover" },
          { region: "scapula-medial", kind: "spillover" },
        ],
        symptoms: ["numbness-tingling"],
        activatedBy: [
          "Breathing high in the chest",
          "Carrying or pulling heavy loads",
          "Holding a phone between ear and shoulder",
          "Sleeping with the neck bent to the side",
        ],
        find:
          "Find the side of the neck halfway between the collarbone and the ear, just behind the sternocleidomastoid cord. Rest fingertips there lightly and sniff in sharply or tilt the head slightly away: the middle scalene tightens.",
        pressTest:
          "Press gently for about 10 seconds. If it is the source, an ache is felt down the front and back of the upper arm and into the thumb side of the forearm and hand. Tingling or an electric feeling means you are on a nerve: move off it.",
        treatments: [
          {
            method: "fingers",
            position: "Sitting or lying on your back with the head tilted slightly toward the treated side.",
            technique:
              "Press two fingertips gently onto the side of the neck and make slow short strokes downward, staying at or below about 3 out of 10 and moving away from any pulse or tingling.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 3,
            gentle: true,
          },
        ],
        followUp:
          "Hold the chair with the hand on the treated side and tilt the ear gently toward the opposite shoulder, looking straight ahead; hold for 20 to 30 seconds, then breathe slowly into the belly.",
        cautions: ["front-of-neck"],
      },
      {
        id: "scalenes-posterior-1",
        name: "Posterior scalene",
        location: {
          region: "neck-front",
          landmark: "Low at the side of the neck, behind the middle scalene and in front of the levator scapulae, near the top of the shoulder.",
          depth: "deep",
        },
        prevalence: "rare",
        prevalenceSource: { source: "simons-1999", locator: "ch. 20 (scalene muscles), posterior scalene" },
        referral: [
          { region: "scapula-medial", kind: "essential" },
          { region: "neck-base", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: ["Breathing high in the chest", "Carrying heavy loads", "Sleeping with the neck bent to the side"],
        find:
          "Find the low side of the neck just in front of the trapezius ridge, above the collarbone. Press gently in and slightly forward, then sniff in sharply to feel the muscle tighten.",
        pressTest:
          "Press gently for about 10 seconds. If it is the source, an ache is felt along the upper inner edge of the shoulder blade. Tingling means you are on a nerve: move off it.",
        treatments: [
          {
            method: "fingers",
            position: "Sitting or lying on your back, head tilted slightly toward the treated side.",
            technique: "Press two fingertips gently onto the muscle and hold, keeping it at or below about 3 out of 10 and moving away from any pulse or tingling.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 3,
            gentle: true,
          },
        ],
        followUp:
          "Hold the chair with the hand on the treated side, tilt the ear toward the opposite shoulder and turn the face slightly away; hold for 20 to 30 seconds, then breathe slowly into the belly.",
        cautions: ["front-of-neck"],
      },
    ],
  },
];
