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
  },
};

export type Messages = typeof fr;
