/**
 * French texts shared by both pages and those of the public privacy center. The console's own texts live in
 * console-fr.ts so that the public page does not carry them. `Messages` is this object's type: en.ts must
 * have exactly the same keys and the same parameters.
 */
export const fr = {
  common: {
    skipToContent: 'Aller au contenu principal',
    loading: 'Chargement…',
    retry: 'Réessayer',
    errorPrefix: 'Erreur :',
  },
  privacy: {
    documentTitle: (organisation: string) => `Centre de confidentialité — ${organisation}`,
    fallbackDocumentTitle: 'Centre de confidentialité',
    centerName: 'Centre de confidentialité',
    loadFailed: 'Le centre de confidentialité n’a pas pu être chargé.',
    version: (version: string, date: string) => `Version ${version}, en vigueur depuis le ${date}`,
    print: 'Imprimer cette page',
    rightsTitle: 'Vos droits',
    rightsIntro:
      'Vous pouvez poser une question, exercer vos droits sur vos renseignements personnels ou porter plainte en tout temps. Adressez-vous à la personne responsable de la protection des renseignements personnels : ses coordonnées figurent ci-dessous.',
    personInCharge: 'Personne responsable de la protection des renseignements personnels',
    contactName: 'Nom',
    contactTitle: 'Fonction',
    contactEmail: 'Courriel',
    contactPhone: 'Téléphone',
    contactAddress: 'Adresse postale',
    noContact:
      'L’organisation n’a pas encore publié les coordonnées de la personne responsable. La politique de confidentialité ci-dessous indique comment la joindre.',
    requestTitle: 'Faire une demande',
    requestText:
      'Pour savoir quels renseignements nous détenons sur vous, en obtenir une copie, les faire corriger ou supprimer, écrivez à la personne responsable. Dites-nous ce que vous demandez et comment vous joindre ; nous pourrons vous demander de confirmer votre identité.',
    requestSubject: 'Demande concernant mes renseignements personnels',
    consentTitle: 'Témoins (cookies) et consentement',
    consentText:
      'Pour retirer un consentement que vous avez donné ou changer vos préférences, notamment au sujet des témoins (cookies), écrivez à la personne responsable en précisant ce que vous souhaitez changer.',
    consentSubject: 'Mes préférences de consentement',
    complaintTitle: 'Porter plainte',
    complaintText:
      'Si vous n’êtes pas satisfait de la façon dont nous traitons vos renseignements, écrivez à la personne responsable en décrivant la situation.',
    complaintSubject: 'Plainte concernant mes renseignements personnels',
    requestAction: 'Écrire pour faire une demande',
    consentAction: 'Écrire pour changer mes préférences',
    complaintAction: 'Écrire pour porter plainte',
    orCall: 'ou téléphoner au',
    call: 'Téléphoner au',
    byMail: 'Écrire à l’adresse postale de la personne responsable, indiquée ci-dessus.',
    requestOnline: 'Faire une demande en ligne',
    orWrite: 'Vous pouvez aussi écrire à la personne responsable :',
  },
  request: {
    documentTitle: 'Faire une demande — Centre de confidentialité',
    title: 'Faire une demande',
    intro:
      'Dites-nous ce que vous demandez et comment vous joindre. Les champs marqués « facultatif » peuvent rester vides.',
    backToCenter: 'Retour au centre de confidentialité',
    kindLegend: 'Que demandez-vous ?',
    kinds: {
      access: {
        label: 'Consulter mes renseignements',
        help: 'Savoir quels renseignements nous avons sur vous et en recevoir une copie.',
      },
      rectification: {
        label: 'Corriger mes renseignements',
        help: 'Faire corriger ou compléter des renseignements inexacts, incomplets ou périmés.',
      },
      erasure: {
        label: 'Supprimer mes renseignements',
        help: 'Faire effacer vos renseignements, sauf ceux que la loi nous oblige à garder.',
      },
      portability: {
        label: 'Recevoir mes renseignements dans un format technologique',
        help: 'Obtenir vos renseignements dans un fichier structuré, pour vous ou pour un autre organisme.',
      },
      'withdrawal-of-consent': {
        label: 'Retirer mon consentement',
        help: 'Mettre fin à une utilisation de vos renseignements que vous aviez acceptée.',
      },
      restriction: {
        label: 'Limiter l’utilisation de mes renseignements',
        help: 'Faire suspendre l’utilisation de vos renseignements le temps de régler un désaccord.',
      },
      objection: {
        label: 'M’opposer à une utilisation de mes renseignements',
        help: 'Demander que nous cessions une utilisation précise, pour des raisons qui vous sont propres.',
      },
      'objection-to-marketing': {
        label: 'Ne plus recevoir de prospection commerciale',
        help: 'Ne plus recevoir d’offres ni de publicités de notre part.',
      },
      'cessation-of-dissemination': {
        label: 'Faire cesser la diffusion ou désindexer',
        help: 'Faire retirer ou désindexer un renseignement diffusé qui vous cause préjudice (Québec, art. 28.1).',
      },
      'automated-decision-review': {
        label: 'Faire réviser une décision automatisée',
        help: 'Présenter vos observations sur une décision prise uniquement par un système informatique (Québec, art. 12.1).',
      },
      'post-mortem-directives': {
        label: 'Directives après le décès',
        help: 'Donner ou faire appliquer des directives sur le sort des renseignements après le décès (France).',
      },
    },
    roleLegend: 'Qui fait la demande ?',
    roles: {
      self: 'Moi, pour mes propres renseignements',
      'parent-or-tutor': 'Le parent ou le tuteur d’un mineur de moins de 14 ans',
      mandatary: 'Un mandataire (procuration ou mandat de protection)',
      heir: 'Un héritier ou un successible d’une personne décédée',
      executor: 'Le liquidateur de la succession (exécuteur testamentaire)',
    },
    representedName: 'Nom de la personne concernée',
    representedHint: 'Joignez ci-dessous un document qui prouve que vous pouvez agir pour elle.',
    proof: 'Preuve de votre qualité de représentant',
    proofHint:
      'Par exemple un mandat, un jugement de tutelle, l’acte de naissance de l’enfant ou une preuve de votre qualité d’héritier ou de liquidateur. PDF, PNG, JPEG, WebP ou HEIC, 5 Mio au plus.',
    identityDocument: 'Copie d’une pièce d’identité (facultatif)',
    identityDocumentHint:
      'Si vous le souhaitez, une copie d’une pièce d’identité avec photo pour accélérer la vérification. Masquez les numéros qui ne sont pas nécessaires. PDF, PNG, JPEG, WebP ou HEIC, 5 Mio au plus.',
    contactLegend: 'Comment vous joindre',
    name: 'Votre nom',
    email: 'Votre adresse courriel',
    emailHint: 'Nous y enverrons un code pour confirmer que la demande vient bien de vous.',
    phone: 'Votre téléphone (facultatif)',
    details: 'Précisions (facultatif)',
    detailsHint: 'Par exemple, les renseignements visés, une période ou un numéro de dossier.',
    charactersLeft: (count: number) => (count >= 0 ? `${count} caractères restants` : `${-count} caractères de trop`),
    region: 'Où habitez-vous ? (facultatif)',
    regionHint: 'Cela nous aide à appliquer la bonne loi. Sans réponse, nous appliquons la plus protectrice.',
    regions: {
      none: 'Je préfère ne pas le dire',
      QC: 'Au Québec',
      CA: 'Ailleurs au Canada',
      EU: 'Dans l’Union européenne',
      other: 'Ailleurs',
    },
    nextTitle: 'Et ensuite ?',
    nextSteps: [
      'Nous vous envoyons par courriel un code à 6 chiffres, valable 15 minutes.',
      'Vous entrez ce code sur cette page pour confirmer que la demande vient de vous.',
      'Nous répondons dans le délai fixé par la loi : 30 jours au Québec et au Canada, un mois en Europe. Si ce délai doit être prolongé, nous vous le dirons avant qu’il ne se termine.',
    ],
    submit: 'Envoyer ma demande',
    sending: 'Envoi en cours…',
    errors: {
      kindRequired: 'Choisissez ce que vous demandez.',
      nameRequired: 'Entrez votre nom.',
      emailRequired: 'Entrez votre adresse courriel.',
      emailInvalid: 'Entrez une adresse courriel complète, comme nom@exemple.ca.',
      phoneInvalid: 'Entrez un numéro de téléphone avec des chiffres seulement, comme 514 555-0100.',
      representedNameRequired: 'Entrez le nom de la personne concernée.',
      detailsTooLong: 'Raccourcissez les précisions.',
      proofRequired: 'Joignez un document qui prouve que vous pouvez agir pour la personne concernée.',
      fileEmpty: 'Ce fichier est vide : choisissez-en un autre.',
      fileTooLarge: 'Ce fichier dépasse 5 Mio : réduisez-le ou choisissez-en un autre.',
      fileType: 'Choisissez un fichier PDF, PNG, JPEG, WebP ou HEIC.',
      fileUnreadable: 'Ce fichier n’a pas pu être lu : choisissez-le de nouveau.',
    },
  },
  verification: {
    documentTitle: 'Confirmer ma demande — Centre de confidentialité',
    checkTitle: 'Vérifiez vos courriels',
    checkText: 'Si l’adresse indiquée peut recevoir nos courriels, nous venons d’y envoyer un code à 6 chiffres.',
    referenceIs: 'Numéro de votre demande :',
    referenceHint: 'Gardez-le : il vous sera utile si vous nous écrivez.',
    pageTitle: 'Confirmer ma demande',
    pageText:
      'Entrez le numéro de votre demande et le code à 6 chiffres reçus par courriel. Vous pouvez aussi ouvrir le lien du courriel.',
    reference: 'Numéro de la demande',
    referenceFormatHint: 'Il commence par R-, par exemple R-AB12-CD34-EF56.',
    code: 'Code à 6 chiffres',
    codeHint: 'Il se trouve dans le courriel que nous vous avons envoyé.',
    confirm: 'Confirmer ma demande',
    renew: 'Envoyer un nouveau code',
    verifying: 'Confirmation de votre demande…',
    linkFailed: 'Le lien n’a pas pu confirmer votre demande. Entrez le code du courriel, ou demandez-en un nouveau.',
    verifiedTitle: 'Votre demande est confirmée',
    verifiedText: (reference: string) =>
      `Votre demande ${reference} est en cours de traitement ; nous y répondons dans le délai fixé par la loi.`,
    verifiedNext: 'Nous vous écrirons à l’adresse que vous avez indiquée.',
    errors: {
      referenceRequired: 'Entrez le numéro de votre demande.',
      codeFormat: 'Entrez les 6 chiffres du code.',
    },
  },
  download: {
    documentTitle: 'Télécharger mes renseignements — Centre de confidentialité',
    pageTitle: 'Télécharger mes renseignements',
    pageText:
      'Vos renseignements personnels sont prêts. Le fichier ZIP contient un rapport à lire (report.html), les données en JSON et un fichier CSV par table.',
    button: 'Télécharger mes renseignements',
    downloading: 'Téléchargement en cours…',
    saved: 'Le fichier est téléchargé. Vérifiez le dossier des téléchargements de votre navigateur.',
    saveAgain: 'Enregistrer le fichier de nouveau',
    fileName: 'mes-renseignements.zip',
    missingLink:
      'Ce lien est incomplet. Ouvrez le lien complet du courriel que nous vous avons envoyé, ou copiez-le en entier dans la barre d’adresse.',
    keepPrivate: 'Ce fichier contient vos renseignements personnels : gardez-le en lieu sûr et ne le transmettez pas.',
  },
};

export type Messages = typeof fr;
