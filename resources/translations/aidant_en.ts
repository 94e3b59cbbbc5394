<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>AccountFields</name>
    <message>
        <location filename="../../aidant_app/ui/pages/account_fields.py" line="+148"/>
        <source>1 caractère sur 15</source>
        <translation>1 character of 15</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} caractères sur 15</source>
        <translation>{n} characters out of 15</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✔ Numéro correct. Pour vous connecter, votre identifiant ameli sera les 13 premiers chiffres : {login}</source>
        <translation>✔ Correct number. To sign in, your ameli login will be the first 13 digits: {login}</translation>
    </message>
    <message>
        <location filename="../../aidant_app/ui/pages/birth_date.py" line="+103"/>
        <source>Jour</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mois</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} : {part}</source>
        <translation>{field}: {part}</translation>
    </message>
    <message>
        <location filename="../../aidant_app/ui/pages/account_fields.py" line="+59"/>
        <source>✔ IBAN correct.</source>
        <translation>✔ Correct IBAN.</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../aidant_app/journey/fields.py" line="+83"/>
        <source>Numéro de sécurité sociale (sur votre carte Vitale)</source>
        <translation>Social security number (on your carte Vitale)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>15 chiffres, par exemple 1 84 12 75 116 001 26</source>
        <translation>15 digits, for example 1 84 12 75 116 001 26</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La carte Vitale, ou l&apos;attestation de droits (le papier de l&apos;Assurance Maladie avec votre numéro)</source>
        <translation>The carte Vitale, or the attestation de droits (the Assurance Maladie paper with your number)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code postal de votre domicile</source>
        <translation>Postcode of your home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 chiffres, par exemple 75011</source>
        <translation>5 digits, for example 75011</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IBAN : le numéro de votre compte en banque (sur votre RIB)</source>
        <translation>IBAN: the number of your bank account (on your RIB)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Un RIB : la feuille de votre banque avec votre IBAN</source>
        <translation>A RIB: the sheet from your bank with your IBAN</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Il commence par FR76 pour une banque française</source>
        <translation>It starts with FR76 for a French bank</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mot de passe du compte ameli</source>
        <translation>Password of the ameli account</translation>
    </message>
</context>
<context>
    <name>AccountFormPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/account_form.py" line="+123"/>
        <source>Créer votre compte ameli</source>
        <translation>Create your ameli account</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Créer mon compte</source>
        <translation>Create my account</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>{sentence}
Information demandée que cette version ne connaît pas : {names}.</source>
        <translation>{sentence}
Information asked for that this version does not know: {names}.</translation>
    </message>
    <message>
        <location filename="../../aidant_app/ui/pages/account_fields.py" line="+53"/>
        <source>Conseils pour choisir le mot de passe</source>
        <translation>Advice for choosing the password</translation>
    </message>
    <message>
        <location filename="../../aidant_app/ui/pages/account_form.py" line="-1"/>
        <source>« {name} »</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prenez votre carte Vitale. Recopiez les informations une par une. L&apos;application vérifie chaque case pendant que vous écrivez.</source>
        <translation>Take your carte Vitale. Copy the information one by one. The app checks each box while you type.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>J&apos;accepte les conditions d&apos;utilisation</source>
        <translation>I accept the terms of use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lire les conditions</source>
        <translation>Read the terms</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cette version ne peut pas créer ce compte. Lisez le texte au-dessus.</source>
        <translation>This version cannot create this account. Read the text above.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remplissez d&apos;abord les cases de cette question.</source>
        <translation>Fill in the boxes of this question first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remplissez d&apos;abord toutes les cases du formulaire.</source>
        <translation>First fill in every box of the form.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cochez d&apos;abord la case des conditions d&apos;utilisation.</source>
        <translation>First tick the box for the terms of use.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Création de votre compte ameli…</source>
        <translation>Creating your ameli account…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Réessayer (possible dans {n} s)</source>
        <translation>Try again (possible in {n} s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réessayer</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>L&apos;Assurance Maladie a changé ses conditions. Lisez-les, cochez la case, puis appuyez sur « Créer mon compte ».</source>
        <translation>The Assurance Maladie changed its terms. Read them, tick the box, then press “Create my account”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lecture des nouvelles conditions…</source>
        <translation>Reading the new terms…</translation>
    </message>
    <message>
        <location filename="../../aidant_app/ui/sections/account_groups.py" line="+83"/>
        <source>Question {n} sur {total}</source>
        <translation>Question {n} of {total}</translation>
    </message>
</context>
<context>
    <name>AccountQuestionPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/account_question.py" line="+18"/>
        <source>Votre compte ameli</source>
        <translation>Your ameli account</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Non, je n&apos;ai pas de compte ameli</source>
        <translation>No, I have no ameli account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oui, j&apos;ai déjà un compte ameli</source>
        <translation>Yes, I already have an ameli account</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avez-vous déjà un compte ameli ?</source>
        <translation>Do you already have an ameli account?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le compte ameli est votre espace personnel sur le site de l&apos;Assurance Maladie (ameli.fr). Une personne ne peut avoir qu&apos;un seul compte.</source>
        <translation>The ameli account is your personal space on the health insurance website (ameli.fr). A person can have only one account.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si vous ne savez pas, choisissez « Non ». Si un compte existe déjà, le site ameli vous le dira.</source>
        <translation>If you do not know, choose “No”. If an account already exists, the ameli site will tell you.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si vous ne savez pas, choisissez « Non ». Si un compte existe déjà, nous vous le dirons. Nous vous aiderons à le retrouver.</source>
        <translation>If you do not know, choose “No”. If an account already exists, we will tell you. We will help you find it again.</translation>
    </message>
</context>
<context>
    <name>AccountRecoveryPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/account_recovery.py" line="+69"/>
        <source>Vous avez déjà un compte ameli</source>
        <translation>You already have an ameli account</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>L&apos;Assurance Maladie nous répond qu&apos;un compte ameli existe déjà pour ce numéro de sécurité sociale. Il ne faut pas en créer un deuxième. Voici comment retrouver l&apos;accès.</source>
        <translation>The health insurance tells us that an ameli account already exists for this social security number. Do not create a second one. Here is how to get back in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vous n&apos;avez pas besoin d&apos;un nouveau compte. Voici comment retrouver l&apos;accès, selon votre situation.</source>
        <translation>You do not need a new account. Here is how to get back into it, depending on your situation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quelle est votre situation ?</source>
        <translation>What is your situation?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Votre réponse</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ouvrir la page de connexion ameli</source>
        <translation>Open the ameli login page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code QR de la page de connexion ameli</source>
        <translation>QR code of the ameli login page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ou scannez ce code avec l&apos;appareil photo de votre téléphone.</source>
        <translation>Or scan this code with your phone&apos;s camera.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour appeler l&apos;Assurance Maladie</source>
        <translation>To call the health insurance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votre adresse sert déjà à quelqu&apos;un d&apos;autre ? Ce n&apos;est pas possible : chaque compte ameli a besoin de sa propre adresse e-mail. Créez une adresse pour la personne qui n&apos;en a pas.</source>
        <translation>Is your address already used by someone else? That is not possible: each ameli account needs its own e-mail address. Create an address for the person who has none.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer ces étapes (PDF)</source>
        <translation>Save these steps (PDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personne suivante (tout effacer)</source>
        <translation>Next person (erase everything)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommencer (tout effacer)</source>
        <translation>Start again (erase everything)</translation>
    </message>
</context>
<context>
    <name>ActivationHelp</name>
    <message>
        <location filename="../../aidant_app/ui/sections/activation_help.py" line="+67"/>
        <source>Un code est parti à {address}. Ouvrez cette boîte, puis écrivez le code ici : cela prouve que l&apos;adresse est la bonne.</source>
        <translation>A code was sent to {address}. Open that mailbox, then type the code here: it proves the address is the right one.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Renvoyer le message (possible dans {n} s)</source>
        <translation>Send the message again (possible in {n} s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renvoyer le message</source>
        <translation>Send the message again</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>« Spam » ou « Courrier indésirable »</source>
        <translation>“Spam” or “Junk”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je ne trouve pas le message</source>
        <translation>I cannot find the message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1. Attendez 2 ou 3 minutes : un message peut mettre un peu de temps.
2. Regardez dans le dossier des messages indésirables : {folder}
3. Vérifiez que vous ouvrez la bonne boîte e-mail.</source>
        <translation>1. Wait 2 or 3 minutes: a message can take a little time.
2. Look in the junk mail folder: {folder}
3. Check that you are opening the right mailbox.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toujours rien ? Demandez un nouveau message. Seul le lien du dernier message marche.</source>
        <translation>Still nothing? Ask for a new message. Only the link in the latest message works.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;adresse e-mail est fausse ?</source>
        <translation>Is the e-mail address wrong?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse e-mail corrigée</source>
        <translation>Corrected e-mail address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envoyer un code à cette adresse</source>
        <translation>Send a code to this address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code reçu à la nouvelle adresse</source>
        <translation>Code received at the new address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corriger l&apos;adresse et recevoir un nouveau lien</source>
        <translation>Correct the address and get a new link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le lien ne s&apos;ouvre pas ?</source>
        <translation>The link does not open?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collez ici le lien du message</source>
        <translation>Paste the link from the message here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dans le message, faites un clic droit sur le lien. Choisissez « Copier l&apos;adresse du lien ». Puis collez-la ici (Ctrl + V).</source>
        <translation>In the message, right-click the link. Choose “Copy link address”. Then paste it here (Ctrl + V).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valider le lien</source>
        <translation>Check the link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le vrai message ou un faux ?</source>
        <translation>The real message or a fake one?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>En entraînement, le lien commence par http://{host}</source>
        <translation>In training, the link starts with http://{host}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Le lien mène à l&apos;adresse du service : {host}</source>
        <translation>The link leads to the service&apos;s address: {host}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• Le vrai message arrive juste après votre demande.
• Il ne demande jamais votre mot de passe, ni votre numéro de carte bancaire.
• {where}.
• Un message qui vous presse (« dernier délai », « compte bloqué ») est souvent un faux.
• Dans le doute, ne cliquez pas : collez le lien ci-dessus, l&apos;application le vérifie.</source>
        <translation>• The real message arrives just after you asked for it.
• It never asks for your password or your bank card number.
• {where}.
• A message that rushes you (“last chance”, “account blocked”) is often a fake.
• If in doubt, do not click: paste the link above, the app checks it.</translation>
    </message>
</context>
<context>
    <name>ActivationPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/activation.py" line="+84"/>
        <source>Activer votre compte</source>
        <translation>Activate your account</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ouvrir la boîte d&apos;entraînement</source>
        <translation>Open the training mailbox</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ouvrir ma boîte e-mail</source>
        <translation>Open my mailbox</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Je ne trouve pas le message, ou l&apos;adresse est fausse</source>
        <translation>I cannot find the message, or the address is wrong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour revenir plus tard</source>
        <translation>To come back later</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copier le code de reprise</source>
        <translation>Copy the resume code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer l&apos;aide-mémoire (PDF)</source>
        <translation>Save the memo (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommencer l&apos;entraînement</source>
        <translation>Start the practice again</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Votre compte est créé. Il reste à l&apos;activer, c&apos;est-à-dire à le mettre en marche :
1. Nous avons envoyé un message à {address}.
2. Ouvrez votre boîte e-mail.
3. Ouvrez le message « Confirmez votre adresse e-mail ».
4. Cliquez sur le lien dans le message.
5. Sur la page qui s&apos;ouvre, appuyez sur « Confirmer mon adresse ».
6. Revenez ici : cette page avance toute seule.</source>
        <translation>Your account is created. You still need to activate it, that is, to turn it on:
1. We sent a message to {address}.
2. Open your mailbox.
3. Open the message “Confirm your e-mail address”.
4. Click the link in the message.
5. On the page that opens, press “Confirm my address”.
6. Come back here: this page moves on by itself.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Votre code de reprise : {code}
Avec ce code et votre date de naissance, vous pourrez reprendre ici. Il est aussi sur l&apos;aide-mémoire : la feuille à imprimer et à garder.</source>
        <translation>Your resume code: {code}
With this code and your date of birth, you can come back here. It is also on the memo: the sheet to print and keep.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>⚠ Nous n&apos;avons pas pu envoyer le message à cette adresse. Vérifiez l&apos;adresse e-mail. Si elle est fausse, corrigez-la ci-dessous (« L&apos;adresse e-mail est fausse ? »).</source>
        <translation>⚠ We could not send the message to this address. Check the e-mail address. If it is wrong, correct it below (“Is the e-mail address wrong?”).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ Votre compte est activé.</source>
        <translation>✔ Your account is activated.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Le lien n&apos;est plus valable. Demandez un nouveau message ci-dessous.</source>
        <translation>⚠ The link is no longer valid. Ask for a new message below.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>En attente : nous regardons toutes les quelques secondes si vous avez cliqué sur le lien.</source>
        <translation>Waiting: every few seconds we check whether you have clicked the link.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>La page avance seule après votre clic sur le lien.</source>
        <translation>This page moves on by itself after you click the link.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>✔ Aide-mémoire enregistré.</source>
        <translation>✔ Memo saved.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>⚠ L&apos;application n&apos;a pas pu enregistrer l&apos;aide-mémoire à cet endroit.</source>
        <translation>⚠ The app could not save the memo in this place.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Envoi d&apos;un nouveau message…</source>
        <translation>Sending a new message…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Un nouveau message est parti. Ouvrez le plus récent : l&apos;ancien lien ne marche plus.</source>
        <translation>A new message has been sent. Open the newest one: the old link no longer works.</translation>
    </message>
    <message>
        <location filename="../../aidant_app/ui/sections/address_correction.py" line="+41"/>
        <source>Envoi d&apos;un code à la nouvelle adresse…</source>
        <translation>Sending a code to the new address…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Changement de l&apos;adresse…</source>
        <translation>Changing the address…</translation>
    </message>
    <message>
        <location filename="../../aidant_app/ui/pages/activation.py" line="+7"/>
        <source>Adresse corrigée. Un nouveau lien est parti à {address}.</source>
        <translation>Address corrected. A new link has been sent to {address}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Vérification du lien…</source>
        <translation>Checking the link…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Le serveur d&apos;entraînement a redémarré. Il a oublié cette démarche d&apos;entraînement. Recommencez l&apos;entraînement depuis le début.</source>
        <translation>The practice server restarted. It forgot this practice journey. Start the practice again from the beginning.</translation>
    </message>
</context>
<context>
    <name>ActivationQuestionPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/activation_question.py" line="+23"/>
        <source>Activer votre compte ameli</source>
        <translation>Activate your ameli account</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Oui, j&apos;ai vu la confirmation</source>
        <translation>Yes, I saw the confirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pas encore</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avez-vous cliqué sur le lien du message d&apos;ameli, puis vu la confirmation ?</source>
        <translation>Did you click the link in ameli&apos;s message, then see the confirmation?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le site ameli vous a envoyé un message. Ouvrez votre boîte e-mail et cliquez sur le lien du message. Une page d&apos;ameli confirme alors que le compte est activé.</source>
        <translation>The ameli site sent you a message. Open your mailbox and click the link in the message. An ameli page then confirms that the account is activated.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aidant ne voit pas votre compte ameli : c&apos;est vous qui nous dites ce que vous voyez.</source>
        <translation>Aidant cannot see your ameli account: you tell us what you see.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Quand vous avez vu la confirmation d&apos;ameli, répondez « Oui ».</source>
        <translation>When you have seen ameli&apos;s confirmation, answer “Yes”.</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../aidant_app/ui/report_dialog.py" line="+123"/>
        <source>Le début de la période est après la fin. Changez une des dates.</source>
        <translation>The start of the period is after its end. Change one of the dates.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chargement…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accompagnements</source>
        <translation>Accompaniments</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{n} accompagnements, {m} minutes, pour la structure « {s} ».</source>
        <translation>{n} accompaniments, {m} minutes, for the structure “{s}”.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Graphique des accompagnements par semaine</source>
        <translation>Chart of accompaniments per week</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Semaine du {date}</source>
        <translation>Week of {date}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{summary} Le tableau à côté donne les mêmes chiffres.</source>
        <translation>{summary} The table beside it gives the same figures.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 accompagnement, 1 minute, pour la structure « {s} ».</source>
        <translation>1 accompaniment, 1 minute, for the structure “{s}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 accompagnement, {m} minutes, pour la structure « {s} ».</source>
        <translation>1 accompaniment, {m} minutes, for the structure “{s}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} accompagnements, 1 minute, pour la structure « {s} ».</source>
        <translation>{n} accompaniments, 1 minute, for the structure “{s}”.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exporter l&apos;activité</source>
        <translation>Export the activity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tableur CSV (*.csv)</source>
        <translation>CSV spreadsheet (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fichier enregistré : 1 accompagnement.</source>
        <translation>File saved: 1 accompaniment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fichier enregistré : {n} accompagnements.</source>
        <translation>File saved: {n} accompaniments.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Aidant – activité de la structure</source>
        <translation>Aidant – the structure&apos;s activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afficher</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mes accompagnements</source>
        <translation>My accompaniments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valeurs à recopier dans la Coop, dans l&apos;ordre</source>
        <translation>Values to copy into the Coop, in order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tableau des accompagnements par semaine</source>
        <translation>Table of accompaniments per week</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporter en CSV…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <location filename="../../aidant_app/ui/i18n.py" line="+35"/>
        <source>{text} (en français)</source>
        <translation>{text} (in French)</translation>
    </message>
</context>
<context>
    <name>BusyArea</name>
    <message>
        <location filename="../../aidant_app/ui/statusareas.py" line="+92"/>
        <source>Un instant, s&apos;il vous plaît…</source>
        <translation>One moment, please…</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/choice.py" line="+70"/>
        <source>Votre réponse</source>
        <translation>Your answer</translation>
    </message>
</context>
<context>
    <name>Companion</name>
    <message>
        <location filename="../../build/lupdate/help_cases.py" line="+16"/>
        <source>La page d&apos;accueil du service ameli pour créer un compte.</source>
        <translation>The ameli service&apos;s page for creating an account.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherchez un bouton pour créer un compte. Ses mots changent avec les années.</source>
        <translation>Look for a button to create an account. Its words change over the years.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votre numéro de sécurité sociale : les 13 premiers chiffres, sans la clé (les 2 derniers).</source>
        <translation>Your social security number: the first 13 digits, without the key (the last 2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherchez une case pour le numéro de sécurité sociale. Il est sur la carte Vitale.</source>
        <translation>Look for a box for the social security number. It is on the carte Vitale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votre date de naissance, sous la forme jj/mm/aaaa.</source>
        <translation>Your date of birth, written dd/mm/yyyy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherchez une case pour la date de naissance.</source>
        <translation>Look for a box for the date of birth.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si le site ne demande pas la date ici, passez à l&apos;étape suivante. Il la demandera peut-être plus tard.</source>
        <translation>If the site does not ask for the date here, go to the next step. It may ask for it later.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le code postal de votre domicile.</source>
        <translation>The postal code of your home.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherchez une case pour le code postal.</source>
        <translation>Look for a box for the postal code.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si le site ne demande pas le code postal, passez à l&apos;étape suivante.</source>
        <translation>If the site does not ask for the postal code, go to the next step.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Une preuve de votre identité : souvent l&apos;IBAN du compte où vous recevez vos remboursements.</source>
        <translation>A proof of your identity: often the IBAN of the account where you receive your refunds.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherchez une case pour l&apos;IBAN, ou une autre question pour vérifier que c&apos;est bien vous.</source>
        <translation>Look for a box for the IBAN, or another question to check that it is really you.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si le site demande autre chose, répondez avec vos papiers. Si vous n&apos;avez pas de RIB, appelez le 36 46 : on peut vous envoyer un code par SMS.</source>
        <translation>If the site asks for something else, answer with your papers. If you have no bank details (RIB), call 36 46: they can send you a code by text message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votre adresse e-mail, celle que vous venez de vérifier.</source>
        <translation>Your e-mail address, the one you just checked.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherchez une case pour l&apos;adresse e-mail. Le site la demande parfois deux fois.</source>
        <translation>Look for a box for the e-mail address. The site sometimes asks for it twice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un mot de passe que vous choisissez pour le compte ameli.</source>
        <translation>A password you choose for the ameli account.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherchez une case pour le mot de passe. Le site le demande parfois deux fois.</source>
        <translation>Look for a box for the password. The site sometimes asks for it twice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si les règles du site sont différentes de celles-ci, suivez les règles du site.</source>
        <translation>If the site&apos;s rules differ from these, follow the site&apos;s rules.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les conditions d&apos;utilisation du compte.</source>
        <translation>The account&apos;s terms of use.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherchez une case à cocher pour accepter les conditions. Lisez-les avant.</source>
        <translation>Look for a check box to accept the terms. Read them first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si vous ne voyez pas de case à cocher, continuez sur le site.</source>
        <translation>If you see no check box, carry on on the site.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le site vous envoie un message avec un lien d&apos;activation.</source>
        <translation>The site sends you a message with an activation link.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherchez un message qui dit que le compte est presque prêt. Ensuite, ouvrez votre boîte e-mail.</source>
        <translation>Look for a message saying the account is nearly ready. Then open your mailbox.</translation>
    </message>
</context>
<context>
    <name>CompanionCheck</name>
    <message>
        <location filename="../../aidant_app/ui/sections/companion_check.py" line="+107"/>
        <source>C&apos;est juste. Écrivez-le maintenant sur le site ameli.</source>
        <translation>That is right. Now type it on the ameli site.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adresse copiée. Collez-la sur le site ameli. L&apos;application l&apos;efface de la mémoire du copier-coller dans 30 secondes.</source>
        <translation>Address copied. Paste it on the ameli site. The app clears it from the copy-paste memory in 30 seconds.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vérifiez ici d&apos;abord</source>
        <translation>Check here first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rien de ce que vous écrivez ici n&apos;est envoyé. Aidant vérifie seulement. Ensuite, vous l&apos;écrivez vous-même sur le site ameli.</source>
        <translation>Nothing you type here is sent. Aidant only checks it. Then you type it yourself on the ameli site.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ici, écrivez les 15 chiffres, avec la clé : Aidant vérifie la clé.</source>
        <translation>Here, type all 15 digits, with the key: Aidant checks the key.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copier l&apos;adresse</source>
        <translation>Copy the address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vérifier</source>
        <translation>Check</translation>
    </message>
</context>
<context>
    <name>CompanionPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/companion.py" line="+76"/>
        <source>Étape {n} sur {total} : ce que le site demande</source>
        <translation>Step {n} of {total}: what the site asks</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nous ne sommes pas sûrs de cette étape. Le site a pu changer.</source>
        <translation>We are not sure of this step. The site may have changed.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Créer votre compte sur le site ameli</source>
        <translation>Create your account on the ameli site</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Étape suivante</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;ai fini sur le site ameli</source>
        <translation>I have finished on the ameli site</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Vous créez votre compte vous-même, sur le site officiel ameli. Aidant reste à côté et vous montre une étape à la fois.</source>
        <translation>You create your account yourself, on the official ameli site. Aidant stays beside it and shows you one step at a time.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir le site ameli</source>
        <translation>Open the ameli site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir le site sur un téléphone</source>
        <translation>Open the site on a phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scannez ce code avec l&apos;appareil photo du téléphone. Le site ameli s&apos;ouvre sur le téléphone.</source>
        <translation>Scan this code with the phone&apos;s camera. The ameli site opens on the phone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code QR du site ameli</source>
        <translation>QR code of the ameli site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;écran n&apos;est pas comme ça</source>
        <translation>The screen does not look like this</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le site change parfois ses mots et l&apos;ordre des questions. Cherchez une question qui ressemble à celle-ci.</source>
        <translation>The site sometimes changes its words and the order of its questions. Look for a question that looks like this one.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vous ne la trouvez pas ? Continuez sur le site. Puis appuyez sur « Étape suivante » ici.</source>
        <translation>You cannot find it? Go on on the site. Then press “Next step” here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si vous êtes bloqué, appelez l&apos;Assurance Maladie :</source>
        <translation>If you are stuck, call the health insurance:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Étape précédente</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toutes les étapes (mises à jour le {date})</source>
        <translation>All the steps (brought up to date on {date})</translation>
    </message>
</context>
<context>
    <name>ConnectionArea</name>
    <message>
        <location filename="../../aidant_app/ui/statusareas.py" line="+103"/>
        <source>Le serveur d&apos;entraînement s&apos;est arrêté. Vos réponses sont gardées. Appuyez sur « Réessayer » pour le relancer.</source>
        <translation>The practice server has stopped. Your answers are kept. Press “Try again” to start it again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le serveur d&apos;entraînement n&apos;a pas pu démarrer. Appuyez sur « Réessayer ». Si cela recommence, fermez puis rouvrez l&apos;application.</source>
        <translation>The training server could not start. Press “Try again”. If it happens again, close the app and open it again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Démarrage du mode entraînement…</source>
        <translation>Starting training mode…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connexion au service…</source>
        <translation>Connecting to the service…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Réessayer</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réessayer la connexion</source>
        <translation>Try to connect again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réglages</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir les réglages</source>
        <translation>Open the settings</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <location filename="../../aidant_app/ui/contacts.py" line="+63"/>
        <source>{label} : {phone} ({details})</source>
        <translation>{label}: {phone} ({details})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} : {phone}</source>
        <translation>{label}: {phone}</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <location filename="../../aidant_app/ui/widgets/details.py" line="+50"/>
        <source>▾ {summary}</source>
        <translation>▾ {summary}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▸ {summary}</source>
        <translation>▸ {summary}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ouvert : appuyez pour masquer.</source>
        <translation>Open: press to hide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fermé : appuyez pour afficher.</source>
        <translation>Closed: press to show.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/done.py" line="+72"/>
        <source>Votre identifiant : les 13 premiers chiffres de votre numéro de sécurité sociale</source>
        <translation>Your login: the first 13 digits of your social security number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afficher tous les chiffres</source>
        <translation>Show all the digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votre adresse e-mail</source>
        <translation>Your e-mail address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votre mot de passe ameli</source>
        <translation>Your ameli password</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Bravo ! Voici ce qu&apos;il faut retenir. Enregistrez l&apos;aide-mémoire, la feuille à garder. Ensuite, imprimez-le.</source>
        <translation>Well done! Here is what to remember. Save the memo, the sheet to keep. Then print it.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>C&apos;est terminé : votre compte est prêt</source>
        <translation>Done: your account is ready</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vous avez créé votre compte vous-même, sur le site officiel ameli.</source>
        <translation>You created your account yourself, on the official ameli site.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&apos;est celui que vous avez choisi sur le site ameli. Ce n&apos;est pas celui de votre boîte e-mail. L&apos;application ne le garde pas. Écrivez-le à la main sur l&apos;aide-mémoire.</source>
        <translation>It is the one you chose on the ameli site. It is not the one of your mailbox. The app does not keep it. Write it by hand on the memo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&apos;est celui que vous avez choisi pour le compte ameli, dans le formulaire. Ce n&apos;est pas celui de votre boîte e-mail. L&apos;application ne le montre pas et ne le garde pas. Écrivez-le à la main sur l&apos;aide-mémoire.</source>
        <translation>It is the one you chose for the ameli account, in the form. It is not the one of your mailbox. The app does not show it and does not keep it. Write it by hand on the memo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour vous connecter : allez sur ameli.fr. Choisissez « Compte ameli ». Puis écrivez votre identifiant et votre mot de passe.</source>
        <translation>To sign in: go to ameli.fr. Choose “Compte ameli”. Then type your login and your password.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;aide-mémoire est un fichier PDF. Vous choisissez où l&apos;enregistrer. Il ne contient ni mot de passe ni code. Le numéro y est caché en partie, sauf si vous cochez la case ci-dessous.</source>
        <translation>The memo is a PDF file. You choose where to save it. It holds no password and no code. The number is partly hidden on it, unless you tick the box below.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mettre le numéro complet sur l&apos;aide-mémoire</source>
        <translation>Put the full number on the memo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer l&apos;aide-mémoire (PDF)</source>
        <translation>Save the memo (PDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personne suivante (tout effacer)</source>
        <translation>Next person (erase everything)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminer (tout effacer)</source>
        <translation>Finish (erase everything)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Identifiant : {digits}</source>
        <translation>Login: {digits}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identifiant caché, se terminant par {digits}</source>
        <translation>Login hidden, ending in {digits}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>⚠ L&apos;application n&apos;a pas pu enregistrer l&apos;aide-mémoire à cet endroit. Choisissez un autre dossier.</source>
        <translation>⚠ The app could not save the memo in this place. Choose another folder.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>✔ Aide-mémoire enregistré. Vous pouvez l&apos;ouvrir pour l&apos;imprimer.</source>
        <translation>✔ Memo saved. You can open it to print it.</translation>
    </message>
</context>
<context>
    <name>EmailAddressPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/email_address.py" line="+58"/>
        <source>Adresse e-mail</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Par exemple : prenom.nom@exemple.fr (sans espace)</source>
        <translation>For example: firstname.lastname@example.fr (no spaces)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Il y a peut-être une faute de frappe. Vouliez-vous dire {address} ?</source>
        <translation>There may be a typing mistake. Did you mean {address}?</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Cette adresse semble ne pas pouvoir recevoir de messages. Vérifiez la partie après le @ (par exemple gmail.com). Si elle est juste, continuez : nous allons envoyer un code pour vérifier.</source>
        <translation>This address does not seem able to receive messages. Check the part after the @ (for example gmail.com). If it is right, go on: we will send a code to check.</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Je n&apos;arrive pas à ouvrir cette boîte</source>
        <translation>I cannot open this mailbox</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Écrivez votre adresse e-mail</source>
        <translation>Type your e-mail address</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Écrivez votre adresse e-mail, lettre par lettre. Nous allons vérifier qu&apos;elle est bien écrite. Ensuite, nous vous envoyons un code. Ce code montre que vous pouvez ouvrir cette boîte.</source>
        <translation>Type your e-mail address, letter by letter. We will check that it is written correctly. Then we send you a code. This code shows that you can open this mailbox.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Répondez d&apos;abord à la question sur l&apos;adresse : la corriger, ou la garder telle quelle.</source>
        <translation>First answer the question about the address: correct it, or keep it as it is.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Écrivez d&apos;abord votre adresse e-mail en entier.</source>
        <translation>First type your whole e-mail address.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>✔ L&apos;adresse semble bien écrite.</source>
        <translation>✔ The address seems correctly written.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Oui, corriger en {address}</source>
        <translation>Yes, change it to {address}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non, garder mon adresse telle quelle</source>
        <translation>No, keep my address as it is</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Vérification de l&apos;adresse…</source>
        <translation>Checking the address…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cette adresse est une adresse jetable : elle disparaît vite. Il faut une adresse qui dure. Utilisez une autre adresse, ou créez-en une.</source>
        <translation>This is a disposable address: it disappears quickly. You need an address that lasts. Use another address, or create one.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cette adresse semble ne pas pouvoir recevoir de messages. Vérifiez la partie après le @ (par exemple gmail.com). Si elle est juste, continuez : vous allez ouvrir la boîte pour vérifier.</source>
        <translation>This address seems unable to receive messages. Check the part after the @ (for example gmail.com). If it is right, go on: you will open the mailbox to check.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mon adresse est juste, continuer</source>
        <translation>My address is right, continue</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Envoi du code à votre adresse…</source>
        <translation>Sending the code to your address…</translation>
    </message>
</context>
<context>
    <name>EmailCodePage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/email_code.py" line="+59"/>
        <source>Le code reçu par e-mail</source>
        <translation>The code received by e-mail</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recevoir un nouveau code (possible dans {n} s)</source>
        <translation>Get a new code (possible in {n} s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recevoir un nouveau code</source>
        <translation>Get a new code</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nous avons envoyé un code à : {address}</source>
        <translation>We sent a code to: {address}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1. Ouvrez votre boîte e-mail, puis le message d&apos;Aidant.
2. Écrivez ici les {n} chiffres du code.</source>
        <translation>1. Open your mailbox, then the message from Aidant.
2. Type the {n} digits of the code here.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le code marche pendant 1 minute.</source>
        <translation>The code works for 1 minute.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le code marche pendant {m} minutes.</source>
        <translation>The code works for {m} minutes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ouvrir la boîte d&apos;entraînement</source>
        <translation>Open the training mailbox</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ouvrir ma boîte e-mail</source>
        <translation>Open my mailbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code à {n} chiffres</source>
        <translation>{n}-digit code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« Spam » ou « Courrier indésirable »</source>
        <translation>“Spam” or “Junk”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pas de message ? Attendez 2 ou 3 minutes. Regardez aussi dans le dossier des messages indésirables : {folder}</source>
        <translation>No message? Wait 2 or 3 minutes. Also look in the junk mail folder: {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je ne peux pas ouvrir cette boîte</source>
        <translation>I cannot open this mailbox</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Écrivez d&apos;abord les {n} chiffres du code.</source>
        <translation>First type the {n} digits of the code.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Vérification du code…</source>
        <translation>Checking the code…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Trop d&apos;essais avec ce code. Par sécurité, il ne marche plus. Demandez un nouveau code avec le bouton ci-dessous.</source>
        <translation>Too many tries with this code. For your safety, it no longer works. Ask for a new code with the button below.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trop d&apos;essais avec ce code. Par sécurité, il ne marche plus. Vous pourrez demander un nouveau code dans {n} secondes.</source>
        <translation>Too many tries with this code. For your safety, it no longer works. You can ask for a new code in {n} seconds.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trop d&apos;essais avec ce code. Par sécurité, il ne marche plus. Vous pourrez demander un nouveau code dans {n} minutes.</source>
        <translation>Too many tries with this code. For your safety, it no longer works. You can ask for a new code in {n} minutes.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Envoi d&apos;un nouveau code…</source>
        <translation>Sending a new code…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Un nouveau code est parti. Prenez le message le plus récent : l&apos;ancien code ne marche plus.</source>
        <translation>A new code has been sent. Use the newest message: the old code no longer works.</translation>
    </message>
</context>
<context>
    <name>EmailQuestionPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/email_question.py" line="+19"/>
        <source>Avez-vous une adresse e-mail ?</source>
        <translation>Do you have an e-mail address?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Oui, j&apos;ai une adresse et je peux l&apos;ouvrir</source>
        <translation>Yes, I have an address and I can open it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non, je n&apos;ai pas d&apos;adresse</source>
        <translation>No, I have no address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je ne sais pas</source>
        <translation>I do not know</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avez-vous une adresse e-mail personnelle que vous pouvez ouvrir aujourd&apos;hui ?</source>
        <translation>Do you have a personal e-mail address that you can open today?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le compte ameli a besoin d&apos;une adresse e-mail qui n&apos;est qu&apos;à vous. Vous recevrez un message dessus, et il faudra l&apos;ouvrir aujourd&apos;hui.</source>
        <translation>The ameli account needs an e-mail address that is yours only. You will receive a message there, and you will need to open it today.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Une adresse e-mail ressemble à ceci : prenom.nom@exemple.fr. Si vous ne savez pas, ce n&apos;est pas grave : nous allons en créer une ensemble, gratuitement. Appuyez sur « Continuer ».</source>
        <translation>An e-mail address looks like this: firstname.lastname@example.fr. If you do not know, that is fine: we will create one together, for free. Press “Continue”.</translation>
    </message>
</context>
<context>
    <name>EmailSeenPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/email_seen.py" line="+24"/>
        <source>Ouvrez votre boîte e-mail</source>
        <translation>Open your mailbox</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Je vois un message de bienvenue</source>
        <translation>I see a welcome message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je vois la liste des dossiers (Boîte de réception…)</source>
        <translation>I see the list of folders (Inbox…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je n&apos;arrive pas à l&apos;ouvrir</source>
        <translation>I cannot open it</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ouvrez maintenant la boîte de {address}. Que voyez-vous ?</source>
        <translation>Open the mailbox of {address} now. What do you see?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ouvrez-la sur cet ordinateur ou sur votre téléphone. Il faut le mot de passe de la boîte e-mail.</source>
        <translation>Open it on this computer or on your phone. You need the mailbox&apos;s password.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aidant ne peut pas vérifier votre boîte e-mail. La vraie preuve viendra à la fin : le message d&apos;ameli arrivera dans cette boîte.</source>
        <translation>Aidant cannot check your mailbox. The real proof comes at the end: ameli&apos;s message will arrive in this mailbox.</translation>
    </message>
</context>
<context>
    <name>ErrorArea</name>
    <message>
        <location filename="../../aidant_app/ui/statusareas.py" line="-152"/>
        <source>⚠ {message}</source>
        <translation>⚠ {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erreur</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>HelpCases</name>
    <message>
        <location filename="../../build/lupdate/help_cases.py" line="-36"/>
        <source>J&apos;ai oublié l&apos;adresse e-mail donnée à l&apos;Assurance Maladie</source>
        <translation>I forgot the e-mail address I gave to the health insurance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mon adresse est déjà utilisée pour un autre compte ameli</source>
        <translation>My address is already used for another ameli account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce n&apos;est pas possible : chaque compte ameli a sa propre adresse e-mail, personnelle. Un couple ne peut pas partager une adresse. Créez une adresse pour cette personne (voir plus bas).</source>
        <translation>This is not possible: each ameli account has its own personal e-mail address. A couple cannot share one address. Create an address for this person (see below).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je n&apos;ai pas d&apos;adresse e-mail</source>
        <translation>I have no e-mail address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce n&apos;est pas grave. L&apos;application vous aide à en créer une, gratuite, ici même. Il faut qu&apos;elle marche avant de créer le compte ameli.</source>
        <translation>That is fine. The app helps you create a free one, right here. It must work before the ameli account is created.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je ne trouve pas le message</source>
        <translation>I cannot find the message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendez 2 ou 3 minutes. Regardez dans le dossier « Spam » ou « Courrier indésirable » de votre boîte e-mail. Vérifiez l&apos;adresse écrite. À l&apos;étape Activation, le bouton « Renvoyer le message » en envoie un nouveau.</source>
        <translation>Wait 2 or 3 minutes. Look in the “Spam” or “Junk” folder of your mailbox. Check the address you typed. At the Activation step, the “Send the message again” button sends a new one.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Solidarité Numérique répond au {solidarite}, du lundi au vendredi, de 9 h à 18 h. Vous pouvez aussi voir un « conseiller numérique » près de chez vous. Vous en trouvez par exemple dans une maison France Services.</source>
        <translation>Solidarité Numérique answers on {solidarite}, Monday to Friday, 9 am to 6 pm. You can also see a “digital adviser” near your home. You can find one, for example, in a France Services office.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Le lien du message ne marche plus</source>
        <translation>The link in the message no longer works</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>{phone_line}
Depuis l&apos;étranger : {abroad}. Vérifiez ce numéro sur ameli.fr.
Ayez votre carte Vitale ou votre RIB (la feuille de votre banque) près de vous. On vous pose des questions pour vérifier que c&apos;est bien vous.</source>
        <translation>{phone_line}
From abroad: {abroad}. Check this number on ameli.fr.
Have your carte Vitale or your bank details (RIB, the sheet from your bank) with you. They ask you questions to check that it is really you.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Un lien sert une seule fois et pendant un temps limité. À l&apos;étape Activation, demandez un nouveau message. Utilisez toujours le message le plus récent : les anciens liens ne marchent plus.</source>
        <translation>A link works only once and for a limited time. At the Activation step, ask for a new message. Always use the newest message: older links no longer work.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je voudrais de l&apos;aide près de chez moi</source>
        <translation>I would like help near where I live</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;application n&apos;arrive pas à joindre le service</source>
        <translation>The app cannot reach the service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vérifiez que l&apos;ordinateur est connecté à internet (Wi-Fi ou câble). Puis appuyez sur « Réessayer ». Ce que vous avez écrit est gardé. Si cela continue, demandez à la personne qui s&apos;occupe des ordinateurs.</source>
        <translation>Check that the computer is connected to the internet (Wi-Fi or cable). Then press “Try again”. What you typed is kept. If it goes on, ask the person who looks after the computers.</translation>
    </message>
    <message>
        <location filename="../../aidant_app/ui/help_cases.py" line="+46"/>
        <source>Appelez le {phone} ({details}).</source>
        <translation>Call {phone} ({details}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appelez le 36 46.</source>
        <translation>Call 36 46.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../aidant_app/ui/help_dialog.py" line="+104"/>
        <source>Choisissez d&apos;abord qui utilise l&apos;application, sur la première page.</source>
        <translation>First choose who is using the app, on the first page.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connectez-vous d&apos;abord et cochez l&apos;accord de la personne, sur la première page.</source>
        <translation>First sign in and tick the person&apos;s consent, on the first page.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Aidant – j&apos;ai un problème</source>
        <translation>Aidant – I have a problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les réponses de l&apos;aide</source>
        <translation>The help answers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez ce qui vous arrive. Chaque réponse dit quoi faire. Ce que vous avez écrit reste dans l&apos;application.</source>
        <translation>Choose what is happening to you. Each answer says what to do. What you typed stays in the app.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Créer une adresse e-mail maintenant</source>
        <translation>Create an e-mail address now</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fermer l&apos;aide</source>
        <translation>Close the help</translation>
    </message>
</context>
<context>
    <name>HelperSignIn</name>
    <message>
        <location filename="../../aidant_app/ui/helper_signin.py" line="+148"/>
        <source>Pour garder votre connexion, l&apos;application la range dans le Gestionnaire d&apos;identification de Windows. Elle reste sur cet ordinateur. Aucune fenêtre ne s&apos;ouvre.</source>
        <translation>To keep you signed in, the app stores your sign-in in Windows Credential Manager. It stays on this computer. No window opens.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connexion de l&apos;aidant…</source>
        <translation>Signing the helper in…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Déconnexion…</source>
        <translation>Signing out…</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Pour garder votre connexion, l&apos;application la range dans le trousseau de votre Mac. Le trousseau est l&apos;endroit où le Mac garde les mots de passe. Le Mac peut demander l&apos;accès au trousseau. Tapez alors le mot de passe de votre session Mac. Puis cliquez sur « Toujours autoriser ».</source>
        <translation>To keep you signed in, the app stores your sign-in in your Mac&apos;s keychain. The keychain is where the Mac keeps passwords. The Mac may ask for access to the keychain. Then type the password of your Mac session. Then click “Always Allow”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour garder votre connexion, l&apos;application la range dans le trousseau de l&apos;ordinateur. Le trousseau est l&apos;endroit où l&apos;ordinateur garde les mots de passe. Une fenêtre de l&apos;ordinateur peut s&apos;ouvrir, parfois en anglais (« Choose password for new keyring »). C&apos;est le trousseau : choisissez un mot de passe pour lui. Ou bien, appuyez sur « Cancel » pour ne pas garder la connexion.</source>
        <translation>To keep you signed in, the app stores the sign-in in the computer&apos;s keyring. The keyring is the place where the computer keeps passwords. A window of the computer may open, sometimes in English (“Choose password for new keyring”). It is the keyring: choose a password for it. Or press “Cancel” so as not to keep the sign-in.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>✔ Connexion réussie : {name}. L&apos;ordinateur garde la connexion dans son trousseau.</source>
        <translation>✔ Signed in: {name}. The computer keeps the sign-in in its keyring.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ Connexion réussie : {name}. L&apos;application oubliera la connexion quand vous la fermerez.</source>
        <translation>✔ Signed in: {name}. The app will forget the sign-in when you close it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connexion de l&apos;aidant (vous, pas la personne)</source>
        <translation>Helper sign-in (you, not the person)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour vous entraîner, l&apos;identifiant est « {login} ». Le mot de passe est « {password} ».</source>
        <translation>To practise, the login is &quot;{login}&quot;. The password is &quot;{password}&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiant de l&apos;aidant</source>
        <translation>Helper login</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mot de passe de l&apos;aidant</source>
        <translation>Helper password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cacher</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afficher</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cacher le mot de passe</source>
        <translation>Hide the password</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afficher le mot de passe</source>
        <translation>Show the password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Garder la connexion sur cet ordinateur</source>
        <translation>Keep the sign-in on this computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Se connecter</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Se déconnecter</source>
        <translation>Sign out</translation>
    </message>
</context>
<context>
    <name>IdleDialog</name>
    <message>
        <location filename="../../aidant_app/ui/idle.py" line="+84"/>
        <source>Aidant – êtes-vous encore là ?</source>
        <translation>Aidant – are you still there?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personne n&apos;a touché l&apos;ordinateur depuis un moment. Le compte ameli est créé. Vous n&apos;avez pas enregistré l&apos;aide-mémoire. Si l&apos;application efface tout, il faudra ce code de reprise pour revenir : {code}. Notez-le, ou appuyez sur le bouton pour continuer.</source>
        <translation>Nobody has touched the computer for a while. The ameli account is created. You have not saved the memo. If the app erases everything, you will need this resume code to come back: {code}. Write it down, or press the button to continue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personne n&apos;a touché l&apos;ordinateur depuis un moment. Pour protéger la personne, l&apos;application va effacer tout ce que vous avez écrit. Appuyez sur le bouton pour continuer.</source>
        <translation>Nobody has touched the computer for a while. To protect the person, the app will erase everything you typed. Press the button to continue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effacement dans 1 seconde</source>
        <translation>Erasing in 1 second</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effacement dans {n} secondes</source>
        <translation>Erasing in {n} seconds</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Je suis encore là</source>
        <translation>I am still here</translation>
    </message>
</context>
<context>
    <name>IdleWatcher</name>
    <message>
        <location line="+100"/>
        <source>L&apos;application a tout effacé. Personne n&apos;avait utilisé l&apos;ordinateur depuis longtemps. Un compte ameli attendait le clic sur le lien. Pour le retrouver, appuyez sur « J&apos;ai un code de reprise ». Ensuite, écrivez le code de reprise.</source>
        <translation>The app erased everything. Nobody had used the computer for a long time. An ameli account was waiting for the click on the link. To find it again, press “I have a resume code”. Then type the resume code.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L&apos;application a tout effacé. Personne n&apos;avait utilisé l&apos;ordinateur depuis longtemps. Cela protège la personne accompagnée. Vous pouvez recommencer.</source>
        <translation>The app erased everything. Nobody had used the computer for a long time. This protects the person being helped. You can start again.</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <location filename="../../aidant_app/ui/inbox_dialog.py" line="+144"/>
        <source>Boîte e-mail d&apos;entraînement</source>
        <translation>Training mailbox</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voici votre boîte e-mail d&apos;entraînement : {address}. Pour l&apos;ouvrir, écrivez le mot de passe que vous avez choisi. C&apos;est comme sur le vrai site de votre boîte e-mail.</source>
        <translation>This is your training mailbox: {address}. To open it, type the password you chose. It is as on the real website of your mailbox.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voici les messages reçus par {address}. En vrai, vous les lirez sur le site de votre boîte e-mail.</source>
        <translation>Here are the messages received by {address}. In real life, you will read them on the website of your mailbox.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mot de passe de la boîte e-mail</source>
        <translation>Mailbox password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir la boîte</source>
        <translation>Open the mailbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir le lien du message</source>
        <translation>Open the link in the message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copier le lien</source>
        <translation>Copy the link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voir les nouveaux messages</source>
        <translation>See new messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages reçus, le plus récent en premier</source>
        <translation>Messages received, newest first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texte du message</source>
        <translation>Text of the message</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Écrivez d&apos;abord le mot de passe.</source>
        <translation>First type the password.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ouverture de la boîte…</source>
        <translation>Opening the mailbox…</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>{subject}
{sender} — {time}</source>
        <translation>{subject}
{sender} — {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{subject}, {time}</source>
        <translation>{subject}, {time}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>1 message.</source>
        <translation>1 message.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} messages. Le plus récent est en haut.</source>
        <translation>{count} messages. The newest is at the top.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aucun message pour l&apos;instant. Attendez un peu, puis appuyez sur « Voir les nouveaux messages ».</source>
        <translation>No message yet. Wait a little, then press “See new messages”.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>⚠ Ce mot de passe n&apos;est pas le bon. Regardez la feuille où vous l&apos;avez écrit. Vérifiez les majuscules, puis réessayez.</source>
        <translation>⚠ This password is not the right one. Look at the sheet where you wrote it. Check the capital letters, then try again.</translation>
    </message>
</context>
<context>
    <name>JourneyPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/base.py" line="+199"/>
        <source>Arrêter</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrêter la lecture</source>
        <translation>Stop reading</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pas de voix en {language}. Écouter en français</source>
        <translation>No voice in {language}. Listen in French</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Écouter : pas de voix sur cet ordinateur</source>
        <translation>Listen: no voice on this computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Écouter</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Écouter la page</source>
        <translation>Listen to the page</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Répéter</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Répéter la phrase</source>
        <translation>Repeat the sentence</translation>
    </message>
</context>
<context>
    <name>MailboxChoicePage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/mailbox_choice.py" line="+55"/>
        <source>Créer une boîte e-mail gratuite</source>
        <translation>Create a free mailbox</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pas de souci : une boîte e-mail se crée gratuitement, en quelques minutes. Choisissez où la créer.</source>
        <translation>No problem: a mailbox can be created for free, in a few minutes. Choose where to create it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le plus simple</source>
        <translation>The simplest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} : votre adresse finira par @{domain}. Elle se crée ici même, sans quitter cette fenêtre.</source>
        <translation>{name}: your address will end with @{domain}. It is created right here, without leaving this window.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Créer une boîte ici, tout de suite</source>
        <translation>Create a mailbox here, right now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ou bien, chez un fournisseur gratuit</source>
        <translation>Or, with a free provider</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisissez un fournisseur gratuit</source>
        <translation>Choose a free provider</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Créer une adresse {name}</source>
        <translation>Create a {name} address</translation>
    </message>
</context>
<context>
    <name>MailboxLifePage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/mailbox_life.py" line="+65"/>
        <source>Gardez votre boîte e-mail pour toujours</source>
        <translation>Keep your mailbox for good</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Votre adresse : {address}</source>
        <translation>Your address: {address}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cochez ce qui est fait</source>
        <translation>Tick what is done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;ai mis ma boîte e-mail sur mon téléphone</source>
        <translation>I put my mailbox on my phone</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Ameli vous envoie parfois un code à cette adresse. C&apos;est quand vous vous connectez sur un nouvel appareil. Et le service e-mail peut fermer une boîte que personne n&apos;ouvre. Alors, ouvrez votre boîte de temps en temps.</source>
        <translation>Ameli sometimes sends you a code at this address. It does when you log in on a new device. And the e-mail service may close a mailbox that nobody opens. So open your mailbox from time to time.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sur votre téléphone, installez l&apos;application de votre boîte e-mail. Ou ouvrez sa page sur internet.</source>
        <translation>On your phone, install your mailbox&apos;s app. Or open its page on the internet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ouvrir ma boîte e-mail</source>
        <translation>Open my mailbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code QR de votre boîte e-mail en ligne</source>
        <translation>QR code of your mailbox online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ou scannez ce code avec l&apos;appareil photo de votre téléphone.</source>
        <translation>Or scan this code with your phone&apos;s camera.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;ai ajouté un numéro de téléphone ou une autre adresse de secours</source>
        <translation>I added a phone number or another backup address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dans les paramètres de votre boîte e-mail, ajoutez votre numéro de téléphone. Il sert si vous oubliez le mot de passe.</source>
        <translation>In your mailbox settings, add your phone number. It helps if you forget the password.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;écris le mot de passe de ma boîte e-mail sur l&apos;aide-mémoire</source>
        <translation>I write my mailbox password on the memo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;aide-mémoire a une ligne pour lui. Ce n&apos;est pas le mot de passe ameli.</source>
        <translation>The memo has a line for it. It is not the ameli password.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Je me connecte à ma boîte avant le {date}</source>
        <translation>I log in to my mailbox before {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rule} Connectez-vous avant cette date, puis souvent.</source>
        <translation>{rule} Log in before this date, then often.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>J&apos;ouvre ma boîte e-mail souvent, par exemple chaque mois</source>
        <translation>I open my mailbox often, for example every month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nous ne connaissons pas la règle de votre fournisseur. Ouvrez votre boîte souvent : elle reste ainsi active.</source>
        <translation>We do not know your provider&apos;s rule. Open your mailbox often: that keeps it active.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette règle n&apos;est pas sûre : elle vient d&apos;anciennes conditions. Connectez-vous plus souvent pour être tranquille.</source>
        <translation>This rule is not certain: it comes from old terms. Log in more often to be safe.</translation>
    </message>
</context>
<context>
    <name>MailboxProviderPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/mailbox_provider.py" line="+67"/>
        <source>Créer une boîte e-mail</source>
        <translation>Create a mailbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Créer une adresse {name}</source>
        <translation>Create a {name} address</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attention</source>
        <translation>Watch out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les étapes</source>
        <translation>The steps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir la page d&apos;inscription</source>
        <translation>Open the sign-up page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votre mot de passe</source>
        <translation>Your password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conseils pour choisir le mot de passe</source>
        <translation>Advice for choosing the password</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Ce que le site peut vous demander</source>
        <translation>What the site may ask you</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ou bien, scannez ce code avec l&apos;appareil photo de votre téléphone. Vous ferez l&apos;inscription sur le téléphone.</source>
        <translation>Or scan this code with your phone&apos;s camera. You will sign up on the phone.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>J&apos;ai écrit mon mot de passe sur une feuille que je garde</source>
        <translation>I wrote my password on a sheet that I keep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;ai pu ouvrir ma nouvelle boîte e-mail</source>
        <translation>I was able to open my new mailbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code QR de la page d&apos;inscription</source>
        <translation>QR code of the sign-up page</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>J&apos;ai créé ma boîte : écrire l&apos;adresse</source>
        <translation>I created my mailbox: type the address</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cochez d&apos;abord les 2 cases, quand c&apos;est fait.</source>
        <translation>First tick the 2 boxes, once it is done.</translation>
    </message>
</context>
<context>
    <name>MailboxServicePage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/mailbox_service.py" line="+99"/>
        <location line="+63"/>
        <source>Question {n} sur {total}</source>
        <translation>Question {n} of {total}</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Créer votre boîte e-mail</source>
        <translation>Create your mailbox</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} : votre boîte se crée ici. Écrivez votre prénom et votre nom, puis choisissez un mot de passe.</source>
        <translation>{name}: your mailbox is created here. Type your first name and last name, then choose a password.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse souhaitée (facultatif)</source>
        <translation>Address you would like (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laissez vide : nous proposerons prénom.nom</source>
        <translation>Leave empty: we will suggest firstname.lastname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cette adresse est déjà prise. Vous pouvez choisir une de celles-ci :</source>
        <translation>This address is already taken. You can choose one of these:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conseils pour choisir le mot de passe</source>
        <translation>Advice for choosing the password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de passe de la boîte e-mail</source>
        <translation>Mailbox password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;ai écrit mon mot de passe sur une feuille que je garde</source>
        <translation>I wrote my password on a sheet that I keep</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Créer ma boîte</source>
        <translation>Create my mailbox</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Écrivez d&apos;abord le prénom et le nom.</source>
        <translation>First type the first name and the last name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisissez d&apos;abord un mot de passe qui respecte toutes les règles.</source>
        <translation>First choose a password that follows every rule.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cochez d&apos;abord la case : j&apos;ai écrit mon mot de passe.</source>
        <translation>First tick the box: I wrote down my password.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Création de votre boîte e-mail…</source>
        <translation>Creating your mailbox…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../aidant_app/ui/window.py" line="+278"/>
        <source>Continuer</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pour continuer, répondez d&apos;abord aux questions de cette page.</source>
        <translation>To go on, first answer the questions on this page.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{title} – {step}</source>
        <translation>{title} – {step}</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Aidant – adresse e-mail et compte ameli</source>
        <translation>Aidant – e-mail address and ameli account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode entraînement : personnes fictives, aucun vrai compte n&apos;est créé</source>
        <translation>Training mode: fictitious people, no real account is created</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;ai un problème</source>
        <translation>I have a problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;ai un problème : aide</source>
        <translation>I have a problem: help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personne suivante</source>
        <translation>Next person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personne suivante : tout effacer</source>
        <translation>Next person: erase everything</translation>
    </message>
</context>
<context>
    <name>Memo</name>
    <message>
        <location filename="../../aidant_app/ui/memo.py" line="+37"/>
        <source>Aide-mémoire : mon compte ameli</source>
        <translation>Memo: my ameli account</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>J&apos;ai créé mon compte moi-même, sur le site officiel ameli, avec l&apos;aide d&apos;Aidant.</source>
        <translation>I created my account myself, on the official ameli site, with Aidant&apos;s help.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mon identifiant ameli</source>
        <translation>My ameli login</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Les chiffres cachés (•) sont sur ma carte Vitale.</source>
        <translation>The hidden digits (•) are on my carte Vitale.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mon adresse e-mail</source>
        <translation>My e-mail address</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>J&apos;ouvre ma boîte e-mail sur : {url}</source>
        <translation>I open my mailbox at: {url}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mon mot de passe ameli (à écrire à la main)</source>
        <translation>My ameli password (to write by hand)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le mot de passe de ma boîte e-mail (à écrire à la main)</source>
        <translation>My mailbox password (to write by hand)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ce que je fais ensuite</source>
        <translation>What I do next</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mon compte n&apos;est pas encore activé. J&apos;ouvre le message reçu dans ma boîte e-mail et je clique sur le lien. Sur la page qui s&apos;ouvre, j&apos;appuie sur « Confirmer mon adresse ».</source>
        <translation>My account is not activated yet. I open the message in my mailbox and click the link. On the page that opens, I press “Confirmer mon adresse” (confirm my address).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Je garde cette feuille chez moi, en lieu sûr, jamais avec ma carte Vitale.</source>
        <translation>I keep this sheet at home, in a safe place, never with my carte Vitale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;Assurance Maladie ne me demandera jamais mon mot de passe par e-mail ni par téléphone.</source>
        <translation>The health insurance will never ask for my password by e-mail or by phone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../aidant_app/ui/memo_steps.py" line="+29"/>
        <source>Pour avoir de l&apos;aide</source>
        <translation>To get help</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Solidarité Numérique, aide par téléphone pour les démarches en ligne : {phone}, du lundi au vendredi, de 9 h à 18 h.</source>
        <translation>Solidarité Numérique, phone help for online procedures: {phone}, Monday to Friday, 9 am to 6 pm.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Je me connecte à ma boîte e-mail avant le {date}, puis souvent. {rule}</source>
        <translation>I log in to my mailbox before {date}, then often. {rule}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Aide-mémoire</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location line="+52"/>
        <location filename="../../aidant_app/ui/memo_steps.py" line="+16"/>
        <source>Enregistrer l&apos;aide-mémoire</source>
        <translation>Save the memo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dossier copié sur Internet</source>
        <translation>Folder copied to the Internet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce dossier est copié sur Internet par {service}. L&apos;aide-mémoire sera aussi sur ce compte {service}.</source>
        <translation>This folder is copied to the Internet by {service}. The memo will also be in this {service} account.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer ici</source>
        <translation>Save here</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisir un autre dossier</source>
        <translation>Choose another folder</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>aide-memoire-ameli.pdf</source>
        <translation>ameli-memo.pdf</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Entraînement : personne fictive. Ce n&apos;est pas un vrai compte.</source>
        <translation>Training: fictitious person. This is not a real account.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&apos;est ce que j&apos;écris pour me connecter. Ce sont les 13 premiers chiffres de mon numéro de sécurité sociale. Il est sur ma carte Vitale.</source>
        <translation>It is what I type to sign in. It is the first 13 digits of my social security number. It is on my carte Vitale.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Pour reprendre dans l&apos;application Aidant, j&apos;écris ma date de naissance et ce code de reprise :</source>
        <translation>To resume in the Aidant app, I type my date of birth and this resume code:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pour me connecter : je vais sur ameli.fr. Je choisis « Compte ameli ». Puis j&apos;écris mon identifiant et mon mot de passe.</source>
        <translation>To sign in: I go to ameli.fr. I choose “Compte ameli”. Then I type my login and my password.</translation>
    </message>
    <message>
        <location line="+106"/>
        <location filename="../../aidant_app/ui/memo_steps.py" line="+1"/>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../aidant_app/ui/memo_steps.py" line="-27"/>
        <source>Aide-mémoire : ce que je fais ensuite</source>
        <translation>Memo: what I do next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fait le {date}.</source>
        <translation>Made on {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Les étapes</source>
        <translation>The steps</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le site : {url}</source>
        <translation>The website: {url}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>aide-memoire-etapes.pdf</source>
        <translation>memo-next-steps.pdf</translation>
    </message>
</context>
<context>
    <name>MemoSteps</name>
    <message>
        <location line="+15"/>
        <source>✔ Aide-mémoire enregistré. Vous pouvez l&apos;ouvrir pour l&apos;imprimer.</source>
        <translation>✔ Memo saved. You can open it to print it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ L&apos;application n&apos;a pas pu enregistrer l&apos;aide-mémoire à cet endroit. Choisissez un autre dossier.</source>
        <translation>⚠ The app could not save the memo there. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>NextPerson</name>
    <message>
        <location filename="../../aidant_app/ui/next_person.py" line="+47"/>
        <source>Aidant – fermer</source>
        <translation>Aidant – close</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aidant – personne suivante</source>
        <translation>Aidant – next person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vous n&apos;avez pas enregistré l&apos;aide-mémoire.</source>
        <translation>You have not saved the memo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Il garde le code de reprise et les étapes suivantes. Si vous fermez Aidant maintenant, vous les perdez. Enregistrez d&apos;abord l&apos;aide-mémoire. Ou bien, fermez quand même.</source>
        <translation>It keeps the resume code and the next steps. If you close Aidant now, you lose them. Save the memo first. Or close anyway.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Il garde le code de reprise et les étapes suivantes. Si vous effacez maintenant, vous les perdez. Enregistrez d&apos;abord l&apos;aide-mémoire. Ou bien, effacez quand même.</source>
        <translation>It keeps the resume code and the next steps. If you erase now, you lose them. Save the memo first. Or erase anyway.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Fermer quand même</source>
        <translation>Close anyway</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tout effacer quand même</source>
        <translation>Erase everything anyway</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revenir pour enregistrer</source>
        <translation>Go back to save it</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <location filename="../../aidant_app/ui/next_steps.py" line="+54"/>
        <source>Un numéro qui commence par 3, 4, 7 ou 8 est un numéro provisoire. Votre dossier est en cours. Avec ce numéro, on ne peut pas encore créer de compte ameli.</source>
        <translation>A number starting with 3, 4, 7 or 8 is a temporary number. Your file is in progress. With this number, an ameli account cannot be created yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gardez tous les courriers de l&apos;Assurance Maladie.</source>
        <translation>Keep every letter from the health insurance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Un numéro provisoire sert au plus 9 mois. Sans nouvelles avant la fin, appelez l&apos;Assurance Maladie.</source>
        <translation>A temporary number lasts 9 months at most. With no news before the end, call the health insurance.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Vous n&apos;avez pas encore votre vrai numéro</source>
        <translation>You do not have your real number yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attendez votre vrai numéro. Il commence par 1 ou 2. Il arrive par courrier.</source>
        <translation>Wait for your real number. It starts with 1 or 2. It comes by post.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quand vous avez votre vrai numéro, revenez ici pour créer votre compte.</source>
        <translation>When you have your real number, come back here to create your account.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour appeler, ayez près de vous vos papiers d&apos;identité et les courriers reçus.</source>
        <translation>To call, have your identity papers and the letters you received with you.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} : allez sur {site} et choisissez « {space} ».</source>
        <translation>{name}: go to {site} and choose &quot;{space}&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce service crée les comptes pour : {names}.</source>
        <translation>This service creates accounts for: {names}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D&apos;habitude, le compte ameli sert aussi pour : {names}. Cette liste peut changer.</source>
        <translation>Usually, the ameli account also serves: {names}. This list can change.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Votre régime a peut-être son propre site</source>
        <translation>Your scheme may have its own website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le compte ameli est pour l&apos;Assurance Maladie. Certains régimes, comme la MSA (pour le monde agricole), ont leur propre site.</source>
        <translation>The ameli account is for the health insurance. Some schemes, like the MSA (for farming), have their own website.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vous ne savez pas quel est votre régime ? Regardez votre attestation de droits, ou appelez l&apos;Assurance Maladie.</source>
        <translation>You do not know your scheme? Look at your certificate of rights, or call the health insurance.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Un enfant de moins de 16 ans</source>
        <translation>A child under 16</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un enfant de moins de 16 ans n&apos;a pas son propre compte ameli. Il est sur le compte de son parent.</source>
        <translation>A child under 16 does not have their own ameli account. They are on their parent&apos;s account.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le parent se connecte à son propre compte ameli.</source>
        <translation>The parent logs in to their own ameli account.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Il y trouve les remboursements de l&apos;enfant.</source>
        <translation>There they find the child&apos;s refunds.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À partir de 16 ans, le jeune peut demander à avoir ses propres droits. Ensuite, il peut créer son compte.</source>
        <translation>From 16, the young person can ask for rights of their own. Then they can create their account.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour appeler, le parent a près de lui sa carte Vitale et une pièce d&apos;identité.</source>
        <translation>To call, the parent has their carte Vitale and an identity document with them.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Une personne sous tutelle</source>
        <translation>A person under guardianship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour une personne sous tutelle, c&apos;est le tuteur qui fait les démarches. La personne ne crée pas le compte elle-même.</source>
        <translation>For a person under guardianship, the guardian does the formalities. The person does not create the account themselves.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le tuteur contacte l&apos;Assurance Maladie.</source>
        <translation>The guardian contacts the health insurance.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Il montre le jugement de tutelle.</source>
        <translation>They show the guardianship judgment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Il demande comment gérer le compte de la personne.</source>
        <translation>They ask how to manage the person&apos;s account.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À apporter : le jugement de tutelle et la pièce d&apos;identité du tuteur. Apportez aussi la carte Vitale de la personne.</source>
        <translation>To bring: the guardianship judgment and the guardian&apos;s identity document. Bring the person&apos;s carte Vitale too.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>À avoir près de vous : votre carte Vitale ou votre RIB (la feuille de votre banque).</source>
        <translation>To have with you: your carte Vitale or your RIB (the sheet from your bank).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Je n&apos;ai jamais activé mon compte</source>
        <translation>I never activated my account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le compte existe, mais personne n&apos;a cliqué sur le lien du message.</source>
        <translation>The account exists, but nobody clicked the link in the message.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connectez-vous avec votre identifiant et votre mot de passe. Votre identifiant, ce sont les 13 premiers chiffres de votre numéro de sécurité sociale.</source>
        <translation>Log in with your login and your password. Your login is the first 13 digits of your social security number.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>J&apos;ai oublié mon mot de passe</source>
        <translation>I forgot my password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vous pouvez choisir un nouveau mot de passe vous-même, sur le site ameli.</source>
        <translation>You can choose a new password yourself, on the ameli website.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Ouvrez la page de connexion du compte ameli.</source>
        <translation>Open the ameli account login page.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Choisissez « Mot de passe oublié ».</source>
        <translation>Choose &quot;Mot de passe oublié&quot; (forgotten password).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Écrivez votre numéro de sécurité sociale et votre date de naissance.</source>
        <translation>Type your social security number and your date of birth.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrez votre boîte e-mail. Un message arrive avec un lien.</source>
        <translation>Open your mailbox. A message arrives with a link.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cliquez vite sur le lien : il ne marche pas longtemps.</source>
        <translation>Click the link quickly: it does not work for long.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez un nouveau mot de passe. Écrivez-le sur votre aide-mémoire.</source>
        <translation>Choose a new password. Write it on your memo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À avoir près de vous : votre carte Vitale et votre boîte e-mail ouverte.</source>
        <translation>Have with you: your carte Vitale and your mailbox open.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>J&apos;ai oublié mon adresse e-mail, ou elle ne marche plus</source>
        <translation>I forgot my e-mail address, or it no longer works</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seule l&apos;Assurance Maladie peut changer l&apos;adresse de votre compte. Il faut l&apos;appeler.</source>
        <translation>Only the health insurance can change your account&apos;s address. You need to call it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appelez l&apos;Assurance Maladie.</source>
        <translation>Call the health insurance.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dites que vous n&apos;avez plus accès à l&apos;adresse e-mail de votre compte ameli.</source>
        <translation>Say that you can no longer open your ameli account&apos;s e-mail address.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donnez une adresse e-mail que vous pouvez ouvrir aujourd&apos;hui.</source>
        <translation>Give an e-mail address that you can open today.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrez ensuite votre boîte e-mail et suivez le message reçu.</source>
        <translation>Then open your mailbox and follow the message you receive.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Le site vous renvoie un message avec un lien.</source>
        <translation>The website sends you a message with a link again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrez votre boîte e-mail. Pas de message ? Regardez dans le dossier des messages indésirables (Spam).</source>
        <translation>Open your mailbox. No message? Look in the junk mail (Spam) folder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cliquez sur le lien du message.</source>
        <translation>Click the link in the message.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mon compte est bloqué</source>
        <translation>My account is locked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Après plusieurs erreurs, le compte se bloque un moment. C&apos;est pour le protéger.</source>
        <translation>After several mistakes, the account locks for a while. This protects it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&apos;essayez plus pour l&apos;instant.</source>
        <translation>Stop trying for now.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendez. Le site dit parfois combien de temps.</source>
        <translation>Wait. The website sometimes says how long.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ensuite, ne réessayez pas l&apos;ancien mot de passe : choisissez « Mot de passe oublié » sur la page de connexion.</source>
        <translation>Then do not try the old password again: choose &quot;Mot de passe oublié&quot; (forgotten password) on the login page.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toujours bloqué le lendemain ? Appelez l&apos;Assurance Maladie.</source>
        <translation>Still locked the next day? Call the health insurance.</translation>
    </message>
</context>
<context>
    <name>NoBrowserDialog</name>
    <message>
        <location filename="../../aidant_app/ui/desktop.py" line="+55"/>
        <source>Aidant – le navigateur ne s&apos;ouvre pas</source>
        <translation>Aidant – the browser does not open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le navigateur internet ne s&apos;ouvre pas. C&apos;est le programme pour aller sur internet, comme Firefox ou Edge. Copiez ce lien, puis collez-le dans votre navigateur.</source>
        <translation>The web browser does not open. It is the program for going on the internet, like Firefox or Edge. Copy this link, then paste it into your browser.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copier le lien</source>
        <translation>Copy the link</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>✔ Lien copié. Collez-le dans les 30 secondes (Ctrl + V). Ensuite, l&apos;application l&apos;efface.</source>
        <translation>✔ Link copied. Paste it within 30 seconds (Ctrl + V). After that, the app erases it.</translation>
    </message>
</context>
<context>
    <name>OfficialActivationHelp</name>
    <message>
        <location filename="../../aidant_app/ui/sections/official_activation_help.py" line="+30"/>
        <source>« Spam » ou « Courrier indésirable »</source>
        <translation>“Spam” or “Junk”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le message n&apos;arrive pas</source>
        <translation>The message does not arrive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendez 2 ou 3 minutes : un message peut mettre un peu de temps.</source>
        <translation>Wait 2 or 3 minutes: a message can take a little time.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regardez dans le dossier des messages indésirables : {folder}</source>
        <translation>Look in the junk mail folder: {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vérifiez que vous ouvrez la boîte de l&apos;adresse écrite sur le site ameli.</source>
        <translation>Check that you open the mailbox of the address typed on the ameli site.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toujours rien ? Connectez-vous sur ameli.fr avec votre numéro et votre mot de passe : le site propose d&apos;envoyer un nouveau message.</source>
        <translation>Still nothing? Log in on ameli.fr with your number and your password: the site offers to send a new message.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le lien ne marche plus</source>
        <translation>The link no longer works</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Un lien ne marche que peu de temps. Connectez-vous sur ameli.fr avec votre numéro et votre mot de passe : le site envoie un nouveau lien. Seul le lien du dernier message marche.</source>
        <translation>A link works only for a short time. Log in on ameli.fr with your number and your password: the site sends a new link. Only the link in the latest message works.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le vrai message ou un faux ?</source>
        <translation>The real message or a fake one?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le vrai message arrive juste après la création du compte.</source>
        <translation>The real message arrives just after the account is created.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le vrai lien mène à une adresse qui se termine par ameli.fr. Regardez l&apos;adresse avant de cliquer.</source>
        <translation>The real link leads to an address ending in ameli.fr. Look at the address before you click.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Il ne demande jamais votre mot de passe, ni votre carte bancaire.</source>
        <translation>It never asks for your password, nor your bank card.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un message qui vous presse (« dernier délai », « compte bloqué ») est souvent un faux.</source>
        <translation>A message that rushes you (“final deadline”, “account blocked”) is often a fake.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vous êtes bloqué ?</source>
        <translation>Are you stuck?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appelez l&apos;Assurance Maladie avec votre carte Vitale :</source>
        <translation>Call the health insurance with your carte Vitale:</translation>
    </message>
</context>
<context>
    <name>PasswordBox</name>
    <message>
        <location filename="../../aidant_app/ui/widgets/password_box.py" line="+22"/>
        <source>Entre {low} et {high} caractères</source>
        <translation>Between {low} and {high} characters</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>✔ Fait : {rule}</source>
        <translation>✔ Done: {rule}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✘ À faire : {rule}</source>
        <translation>✘ To do: {rule}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>À faire : {rule}.</source>
        <translation>To do: {rule}.</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Seulement des chiffres</source>
        <translation>Digits only</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Au moins une minuscule (a, b, c…)</source>
        <translation>At least one lower-case letter (a, b, c…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Au moins une majuscule (A, B, C…)</source>
        <translation>At least one capital letter (A, B, C…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Au moins un chiffre (1, 2, 3…) ou un signe ({examples} …)</source>
        <translation>At least one digit (1, 2, 3…) or one sign ({examples} …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seulement des lettres sans accent, des chiffres et ces signes : {specials}</source>
        <translation>Only letters without accents, digits and these signs: {specials}</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Afficher le mot de passe</source>
        <translation>Show the password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Règles à respecter :</source>
        <translation>Rules to follow:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Le mot de passe respecte toutes les règles.</source>
        <translation>The password follows every rule.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fait : {rule}.</source>
        <translation>Done: {rule}.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choisissez un mot de passe facile à retenir pour vous. Il doit être difficile à deviner. Une idée : prenez 3 mots que vous aimez. Reliez-les par un signe, par exemple un tiret (-). Ajoutez une majuscule et un chiffre. N&apos;utilisez pas votre date de naissance ni votre nom. Écrivez le mot de passe sur une feuille. Gardez cette feuille chez vous, jamais avec votre carte Vitale.</source>
        <translation>Choose a password that is easy for you to remember. It must be hard to guess. An idea: take 3 words you like. Join them with a sign, for example a dash (-). Add a capital letter and a digit. Do not use your date of birth or your name. Write the password on a sheet of paper. Keep this sheet at home, never with your carte Vitale.</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <location filename="../../build/lupdate/help_cases.py" line="+24"/>
        <source>Évitez l&apos;adresse donnée par votre fournisseur d&apos;accès à internet (Orange, SFR, Free…). Elle peut disparaître si vous changez d&apos;abonnement. Pour l&apos;Assurance Maladie, il faut une adresse qui dure.</source>
        <translation>Avoid the address given by your internet provider (Orange, SFR, Free…). It can disappear if your subscription ends. The health insurance needs an address that lasts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avant 15 ans, la personne et un parent doivent tous les deux donner leur accord.</source>
        <translation>Under 15, both the young person and a parent must agree.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;adresse doit être personnelle. Une adresse ne peut servir que pour un seul compte ameli.</source>
        <translation>The address must be yours alone: one address can be used for one ameli account only.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>« Spam ». Dans la liste à gauche, cliquez sur « Plus » pour le voir.</source>
        <translation>&quot;Spam&quot;. In the list on the left, click &quot;More&quot; to see it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le site peut demander un numéro de téléphone portable. Il y envoie un code par SMS.</source>
        <translation>The site may ask for a mobile phone number. It sends a code there by text message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Âge minimum en France : 15 ans. Avant 15 ans, avec l&apos;accord d&apos;un parent.</source>
        <translation>Minimum age in France: 15. Under 15, with a parent&apos;s agreement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gardez votre téléphone portable près de vous pendant l&apos;inscription.</source>
        <translation>Keep your mobile phone with you while you sign up.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appuyez sur « Ouvrir la page d&apos;inscription ». La page de Google s&apos;ouvre.</source>
        <translation>Press &quot;Open the sign-up page&quot;. Google&apos;s page opens.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Écrivez votre prénom et votre nom.</source>
        <translation>Type your first name and last name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Écrivez votre date de naissance.</source>
        <translation>Type your date of birth.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez votre adresse : c&apos;est la partie avant @gmail.com.</source>
        <translation>Choose your address: the part before @gmail.com.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <location line="+10"/>
        <source>Choisissez un mot de passe. Écrivez-le tout de suite sur une feuille que vous gardez.</source>
        <translation>Choose a password. Write it straight away on a sheet that you keep.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Si le site demande un numéro de téléphone, écrivez le vôtre. Recopiez le code reçu par SMS.</source>
        <translation>If the site asks for a phone number, type yours. Copy the code you receive by text message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptez les règles d&apos;utilisation. Votre boîte s&apos;ouvre.</source>
        <translation>Accept the terms of use. Your mailbox opens.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <location line="+10"/>
        <location line="+9"/>
        <source>Revenez ici et écrivez votre nouvelle adresse.</source>
        <translation>Come back here and type your new address.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>« Spam » (ou « Courrier indésirable »), dans la liste des dossiers à gauche.</source>
        <translation>&quot;Spam&quot; (or &quot;Junk mail&quot;), in the list of folders on the left.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un mot de passe d&apos;au moins 12 caractères, avec 4 sortes de caractères : minuscule, majuscule, chiffre et signe (par exemple ! ou ?).</source>
        <translation>A password of at least 12 characters, with 4 kinds of characters: lower case, upper case, digit and sign (for example ! or ?).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&apos;après les guides publics, La Poste supprime une nouvelle boîte laposte.net si personne ne l&apos;ouvre. Il faut l&apos;ouvrir dans les 72 heures (3 jours). Ouvrez-la dès aujourd&apos;hui.</source>
        <translation>According to public guides, La Poste deletes a new laposte.net mailbox if nobody opens it. It must be opened within 72 hours (3 days). Open it today.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appuyez sur « Ouvrir la page d&apos;inscription ». Le site laposte.net s&apos;ouvre.</source>
        <translation>Press &quot;Open the sign-up page&quot;. The laposte.net site opens.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez de créer une adresse gratuite.</source>
        <translation>Choose to create a free address.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Écrivez votre prénom, votre nom et votre date de naissance.</source>
        <translation>Type your first name, last name and date of birth.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez votre adresse : c&apos;est la partie avant @laposte.net.</source>
        <translation>Choose your address: the part before @laposte.net.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez un mot de passe de 12 caractères ou plus. Écrivez-le tout de suite sur une feuille que vous gardez.</source>
        <translation>Choose a password of 12 characters or more. Write it straight away on a sheet that you keep.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminez l&apos;inscription, puis ouvrez votre boîte une première fois.</source>
        <translation>Finish signing up, then open your mailbox a first time.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« Courrier indésirable », dans la liste des dossiers à gauche.</source>
        <translation>&quot;Junk Email&quot;, in the list of folders on the left.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour une personne de moins de 18 ans, le site demande l&apos;accord d&apos;un parent.</source>
        <translation>For a person under 18, the site asks for a parent&apos;s agreement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft ferme une boîte Outlook.com que personne n&apos;ouvre pendant 2 ans. Ouvrez-la de temps en temps.</source>
        <translation>Microsoft closes an Outlook.com mailbox that nobody opens for 2 years. Open it from time to time.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appuyez sur « Ouvrir la page d&apos;inscription ». La page de Microsoft s&apos;ouvre.</source>
        <translation>Press &quot;Open the sign-up page&quot;. Microsoft&apos;s page opens.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez de créer une nouvelle adresse e-mail.</source>
        <translation>Choose to create a new e-mail address.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Écrivez la partie avant le @ et choisissez la fin (par exemple outlook.fr).</source>
        <translation>Type the part before the @ and choose the ending (for example outlook.fr).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Écrivez votre prénom, votre nom, votre pays et votre date de naissance.</source>
        <translation>Type your first name, last name, country and date of birth.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faites la petite vérification demandée (prouver que vous n&apos;êtes pas un robot).</source>
        <translation>Do the small check asked for (prove you are not a robot).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« Spam », dans la liste des dossiers à gauche.</source>
        <translation>&quot;Spam&quot;, in the list of folders on the left.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Une vérification anti-robot : un petit jeu à l&apos;écran, un code par e-mail ou un code par SMS.</source>
        <translation>An anti-robot check: a small puzzle on screen, a code by e-mail or a code by text message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vous avez oublié le mot de passe et vous le changez ? Alors vous ne pouvez plus lire vos anciens messages. Gardez bien votre mot de passe.</source>
        <translation>You forgot the password and you change it? Then you can no longer read your old messages. Keep your password safe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appuyez sur « Ouvrir la page d&apos;inscription ». La page de Proton s&apos;ouvre.</source>
        <translation>Press &quot;Open the sign-up page&quot;. Proton&apos;s page opens.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez l&apos;offre gratuite (« Free »).</source>
        <translation>Choose the free plan (&quot;Free&quot;).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez votre nom d&apos;utilisateur : c&apos;est la partie avant @proton.me.</source>
        <translation>Choose your user name: the part before @proton.me.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faites la vérification anti-robot demandée.</source>
        <translation>Do the anti-robot check asked for.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google supprime un compte Gmail que personne n&apos;utilise pendant 2 ans. Il prévient avant.</source>
        <translation>Google deletes a Gmail account nobody uses for 2 years. It warns you first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sur votre téléphone, installez l&apos;application « Gmail ». Connectez-vous avec votre adresse et votre mot de passe.</source>
        <translation>On your phone, install the &quot;Gmail&quot; app. Log in with your address and password.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dans votre compte Google, ouvrez « Sécurité ». Ajoutez votre numéro de téléphone et une autre adresse e-mail de secours.</source>
        <translation>In your Google account, open &quot;Security&quot;. Add your phone number and another backup e-mail address.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>laposte.net efface les messages d&apos;une boîte que personne n&apos;ouvre pendant 4 mois.</source>
        <translation>laposte.net erases the messages of a mailbox nobody opens for 4 months.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sur votre téléphone, installez l&apos;application « laposte.net ». Ou ouvrez www.laposte.net dans le navigateur.</source>
        <translation>On your phone, install the &quot;laposte.net&quot; app. Or open www.laposte.net in the browser.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dans les paramètres de votre compte, ajoutez votre numéro de téléphone portable. Il sert si vous oubliez le mot de passe.</source>
        <translation>In your account settings, add your mobile phone number. It helps if you forget the password.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&apos;après ses conditions de 2019, Microsoft ferme un compte que personne n&apos;utilise pendant 2 ans.</source>
        <translation>According to its 2019 terms, Microsoft closes an account nobody uses for 2 years.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sur votre téléphone, installez l&apos;application « Outlook ». Connectez-vous avec votre adresse et votre mot de passe.</source>
        <translation>On your phone, install the &quot;Outlook&quot; app. Log in with your address and password.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dans votre compte Microsoft, ouvrez « Sécurité ». Ajoutez votre numéro de téléphone ou une autre adresse e-mail.</source>
        <translation>In your Microsoft account, open &quot;Security&quot;. Add your phone number or another e-mail address.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proton supprime un compte gratuit que personne n&apos;ouvre pendant 12 mois. Il prévient à l&apos;adresse de secours.</source>
        <translation>Proton deletes a free account nobody opens for 12 months. It warns at the backup address.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sur votre téléphone, installez l&apos;application « Proton Mail ». Connectez-vous avec votre adresse et votre mot de passe.</source>
        <translation>On your phone, install the &quot;Proton Mail&quot; app. Log in with your address and password.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dans les paramètres, ouvrez « Récupération ». Ajoutez une autre adresse e-mail ou votre numéro de téléphone. Attention : si vous oubliez le mot de passe, vous perdez vos anciens messages.</source>
        <translation>In the settings, open &quot;Recovery&quot;. Add another e-mail address or your phone number. Careful: if you forget the password, you lose your old messages.</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../../aidant_app/rules/languages.py" line="+17"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../aidant_app/ui/report_form.py" line="+203"/>
        <source>Répondez à la question « {q} ».</source>
        <translation>Answer the question “{q}”.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enregistrement…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{message} Question : « {question} ».</source>
        <translation>{message} Question: &quot;{question}&quot;.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Aidant – noter l&apos;accompagnement</source>
        <translation>Aidant – record the accompaniment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notez cet accompagnement pour le compte rendu d&apos;activité. Rien ne permet de reconnaître la personne. Échap : passer.</source>
        <translation>Record this accompaniment for the activity report. Nothing here identifies the person. Escape: skip.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autre durée</source>
        <translation>Other duration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autre durée, en minutes</source>
        <translation>Other duration, in minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matériel utilisé</source>
        <translation>Equipment used</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thèmes (au moins un)</source>
        <translation>Themes (at least one)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Autonomie de la personne</source>
        <translation>The person&apos;s autonomy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orientée vers une autre structure ?</source>
        <translation>Referred to another structure?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vers quelle structure</source>
        <translation>To which structure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Déjà accompagnée avant ?</source>
        <translation>Already helped before?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tranche d&apos;âge</source>
        <translation>Age band</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genre</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code postal de la commune</source>
        <translation>Postal code of the commune</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passer</source>
        <translation>Skip</translation>
    </message>
</context>
<context>
    <name>ReportMenu</name>
    <message>
        <location filename="../../aidant_app/ui/report_menu.py" line="+10"/>
        <source>Noter un accompagnement</source>
        <translation>Record an accompaniment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activité et export</source>
        <translation>Activity and export</translation>
    </message>
</context>
<context>
    <name>ResumePage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/resume.py" line="+76"/>
        <source>Reprendre une démarche commencée</source>
        <translation>Continue a journey already started</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Écrivez d&apos;abord le code de reprise et votre date de naissance.</source>
        <translation>First type the resume code and your date of birth.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ {message}</source>
        <translation>⚠ {message}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recherche de la démarche…</source>
        <translation>Looking for the journey…</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Cette date n&apos;est pas juste. Exemple : 25/12/1958.</source>
        <translation>This date is not right. Example: 25/12/1958.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Vous avez déjà créé votre compte. Vous n&apos;avez pas encore confirmé votre adresse e-mail. Écrivez le code de reprise. Il est sur votre aide-mémoire. Écrivez aussi votre date de naissance.</source>
        <translation>You have already created your account. You have not confirmed your e-mail address yet. Type the resume code. It is on your memo. Type your date of birth too.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code de reprise (sur l&apos;aide-mémoire)</source>
        <translation>Resume code (on the memo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date de naissance (jour/mois/année, par exemple 25/12/1958)</source>
        <translation>Date of birth (day/month/year, for example 25/12/1958)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Reprendre</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>ServiceLoss</name>
    <message>
        <location filename="../../aidant_app/ui/service_loss.py" line="+71"/>
        <source>Le serveur d&apos;entraînement est relancé. Vérification de votre adresse e-mail…</source>
        <translation>The practice server is running again. Checking your e-mail address…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Le serveur d&apos;entraînement a redémarré sans votre compte d&apos;entraînement. Vos réponses sont gardées. Envoyez à nouveau le formulaire.</source>
        <translation>The practice server started again without your practice account. Your answers are kept. Send the form again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Le service répond de nouveau. Vous pouvez continuer.</source>
        <translation>The service answers again. You can go on.</translation>
    </message>
</context>
<context>
    <name>ServiceWait</name>
    <message>
        <location filename="../../aidant_app/ui/service_wait.py" line="+61"/>
        <source>Le service démarre. Vous pourrez continuer dans un instant.</source>
        <translation>The service is starting. You can continue in a moment.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../aidant_app/ui/settings_dialog.py" line="+118"/>
        <location line="+43"/>
        <source>Choisir le fichier de certificats</source>
        <translation>Choose the certificates file</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ {message}</source>
        <translation>⚠ {message}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cette adresse n&apos;est pas valide. Exemple : https://aidant.exemple.fr</source>
        <translation>This address is not valid. Example: https://aidant.example.org</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;adresse doit commencer par https:// (http:// est accepté seulement pour cet ordinateur).</source>
        <translation>The address must start with https:// (http:// is accepted only for this computer).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ce fichier n&apos;existe pas.</source>
        <translation>This file does not exist.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Aidant – réglages</source>
        <translation>Aidant – settings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ces réglages sont pour la personne qui installe l&apos;application. Laissez l&apos;adresse vide pour utiliser le mode entraînement.</source>
        <translation>These settings are for the person who installs the app. Leave the address empty to use training mode.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adresse du service Aidant</source>
        <translation>Address of the Aidant service</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fichier de certificats (facultatif)</source>
        <translation>Certificates file (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode entraînement</source>
        <translation>Training mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utiliser le mode entraînement</source>
        <translation>Use training mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>Signs</name>
    <message>
        <location filename="../../aidant_app/ui/widgets/signs.py" line="+27"/>
        <source>⚠ {message}</source>
        <translation>⚠ {message}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✔ {answer}</source>
        <translation>✔ {answer}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>• {item}</source>
        <translation>• {item}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ {warning}</source>
        <translation>⚠ {warning}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{number}. {step}</source>
        <translation>{number}. {step}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>☎ {phone}</source>
        <translation>☎ {phone}</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../../aidant_app/ui/speech.py" line="+107"/>
        <source>valeur non lue</source>
        <translation>value not read</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/start.py" line="+197"/>
        <source>Bienvenue</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choisissez d&apos;abord : votre vrai compte, ou un entraînement.</source>
        <translation>First choose: your real account, or practice.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connectez-vous d&apos;abord avec votre compte d&apos;aidant.</source>
        <translation>Sign in first with your helper account.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Créer mon vrai compte ameli</source>
        <translation>Create my real ameli account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&apos;entraîner avec une personne fictive</source>
        <translation>Practise with a fictitious person</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Recherche d&apos;une personne fictive…</source>
        <translation>Looking for a fictitious person…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Toutes les personnes fictives ont déjà servi. Redémarrez l&apos;application pour recommencer l&apos;entraînement.</source>
        <translation>All the fictitious people have been used. Restart the app to start the training again.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cette application vous aide à créer votre compte ameli : votre espace en ligne de l&apos;Assurance Maladie. Pour cela, il faut une adresse e-mail qui marche. Nous allons le faire ensemble, étape par étape.</source>
        <translation>This app helps you create your ameli account: your online space at the French health insurance (Assurance Maladie). For this you need an e-mail address that works. We will do it together, step by step.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qui utilise l&apos;application ?</source>
        <translation>Who is using the app?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>J&apos;ai créé mon compte sur ameli : il reste à l&apos;activer, c&apos;est-à-dire à le mettre en marche</source>
        <translation>I created my account on ameli: it still has to be activated, that is, switched on</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>J&apos;accompagne une personne</source>
        <translation>I am helping someone</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Choisissez d&apos;abord qui utilise l&apos;application.</source>
        <translation>First choose who is using the app.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cochez d&apos;abord l&apos;accord de la personne.</source>
        <translation>First tick the person&apos;s agreement.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Je le fais pour moi</source>
        <translation>I am doing it for myself</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>✔ {answer}</source>
        <translation>✔ {answer}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Que voulez-vous faire ?</source>
        <translation>What do you want to do?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ce qu&apos;il faut avoir sous la main</source>
        <translation>What to have at hand</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Environ 20 minutes</source>
        <translation>About 20 minutes</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Personne fictive : {first} {last}. L&apos;application remplit déjà ses informations.</source>
        <translation>Fictitious person: {first} {last}. The app fills in their details for you.</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>La personne accepte mon aide. Elle sait que l&apos;application ne garde rien sur cet ordinateur.</source>
        <translation>The person accepts my help. They know that the app keeps nothing on this computer.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Utiliser une personne fictive</source>
        <translation>Use a fictitious person</translation>
    </message>
    <message>
        <location line="+236"/>
        <source>Pour revenir à l&apos;activation, sans rien écrire de nouveau.</source>
        <translation>To come back to the activation, without typing anything new.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>J&apos;ai un code de reprise</source>
        <translation>I have a resume code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le code de reprise sert à reprendre une démarche déjà commencée. Il est sur l&apos;aide-mémoire. C&apos;est la feuille à garder, reçue lors d&apos;une première visite.</source>
        <translation>The resume code lets you resume a process you already started. It is on the memo. It is the sheet to keep, given on a first visit.</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../../aidant_app/ui/steplist.py" line="+16"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse e-mail</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compte ameli</source>
        <translation>ameli account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminé</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Étape {number} sur {total} : {name} (étape en cours)</source>
        <translation>Step {number} of {total}: {name} (current step)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Les étapes</source>
        <translation>The steps</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✔ {number}. {name} (fait)</source>
        <translation>✔ {number}. {name} (done)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▶ {number}. {name} (étape en cours)</source>
        <translation>▶ {number}. {name} (current step)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>   {number}. {name}</source>
        <translation>   {number}. {name}</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../aidant_app/ui/topbar.py" line="+267"/>
        <source>Texte : {percent} %</source>
        <translation>Text: {percent} %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taille du texte : {percent} %.</source>
        <translation>Text size: {percent} %.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Texte plus petit</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Texte plus grand</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Le texte est déjà au plus grand pour cet écran.</source>
        <translation>The text is already as large as this screen allows.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taille du texte : {percent} %. C&apos;est la plus grande pour cet écran.</source>
        <translation>Text size: {percent} %. This is the largest for this screen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✔ Contraste élevé</source>
        <translation>✔ High contrast</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Contraste élevé</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Langue : {language}</source>
        <translation>Language: {language}</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Revenir en {language}</source>
        <translation>Back to {language}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voir en français</source>
        <translation>Show in French</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Réglages</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{language} (traduction à relire)</source>
        <translation>{language} (translation not yet checked)</translation>
    </message>
</context>
<context>
    <name>TriageExitPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/triage_exit.py" line="+49"/>
        <source>Ce qu&apos;il faut faire</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ce que vous pouvez faire</source>
        <translation>What you can do</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pour appeler l&apos;Assurance Maladie</source>
        <translation>To call the health insurance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce n&apos;est pas votre situation ? Appuyez sur « Retour ».</source>
        <translation>Not your situation? Press &quot;Back&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer ces étapes (PDF)</source>
        <translation>Save these steps (PDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personne suivante (tout effacer)</source>
        <translation>Next person (erase everything)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommencer (tout effacer)</source>
        <translation>Start again (erase everything)</translation>
    </message>
</context>
<context>
    <name>TriagePage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/triage.py" line="+21"/>
        <source>Avant de commencer</source>
        <translation>Before you start</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aucune de ces situations : je continue</source>
        <translation>None of these situations: I go on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;ai déjà un compte ameli</source>
        <translation>I already have an ameli account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mon numéro de sécurité sociale commence par 3, 4, 7 ou 8</source>
        <translation>My social security number starts with 3, 4, 7 or 8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je dépends d&apos;un autre régime, par exemple la MSA</source>
        <translation>I belong to another scheme, for example the MSA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le compte est pour un enfant de moins de 16 ans</source>
        <translation>The account is for a child under 16</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La personne est sous tutelle</source>
        <translation>The person is under guardianship</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Une de ces situations vous concerne-t-elle ?</source>
        <translation>Does one of these situations apply to you?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dans ces cas, il faut faire autrement. Nous vous disons quoi faire.</source>
        <translation>In these cases, things are done differently. We tell you what to do.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vous savez déjà que la personne peut continuer ? Choisissez « Aucune de ces situations ».</source>
        <translation>You already know the person can go on? Choose &quot;None of these situations&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vous ne savez pas ? Choisissez « Aucune de ces situations ». Nous vous aiderons plus tard si besoin.</source>
        <translation>Not sure? Choose &quot;None of these situations&quot;. We will help you later if needed.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../aidant_app/rules/codes.py" line="+66"/>
        <source>Réessayer</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corriger</source>
        <translation>Correct it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changer d&apos;adresse e-mail</source>
        <translation>Change the e-mail address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voir le numéro à appeler</source>
        <translation>See the number to call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réessayer plus tard</source>
        <translation>Try again later</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recevoir un nouveau code</source>
        <translation>Get a new code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recevoir un nouveau lien</source>
        <translation>Get a new link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relire les conditions</source>
        <translation>Read the terms again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voir l&apos;aide</source>
        <translation>See the help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir les réglages</source>
        <translation>Open the settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se reconnecter</source>
        <translation>Sign in again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisir une autre adresse</source>
        <translation>Choose another address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continuer</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommencer</source>
        <translation>Start again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir le site ameli.fr</source>
        <translation>Open the ameli.fr website</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Écrivez le numéro de sécurité sociale. Il est sur la carte Vitale.</source>
        <translation>Type the social security number. It is on the carte Vitale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le numéro est trop court. Il a 15 chiffres, clé comprise (les 2 derniers).</source>
        <translation>The number is too short. It has 15 digits, key included (the last 2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le numéro est trop long. Il a 15 chiffres, clé comprise.</source>
        <translation>The number is too long. It has 15 digits, key included.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le numéro ne contient que des chiffres (et parfois A ou B pour la Corse).</source>
        <translation>The number holds only digits (and sometimes A or B for Corsica).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Un chiffre ne va pas. Comparez chaque chiffre avec la carte Vitale, surtout les 2 derniers.</source>
        <translation>One digit is wrong. Compare each digit with the carte Vitale, especially the last 2.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Cette version d&apos;Aidant est trop vieille pour ce service. Elle ne sait pas poser toutes les questions du formulaire. Créez le compte sur le site ameli.fr. Ou bien, demandez une version plus récente d&apos;Aidant.</source>
        <translation>This version of Aidant is too old for this service. It cannot ask all the questions of the form. Create the account on the ameli.fr website. Or ask for a newer version of Aidant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nous n&apos;avons pas pu envoyer le message à cette adresse. Vérifiez l&apos;adresse e-mail. Si elle est fausse, corrigez-la ci-dessous.</source>
        <translation>We could not send the message to this address. Check the e-mail address. If it is wrong, correct it below.</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Ce numéro n&apos;est pas valable. Le premier chiffre est 1 ou 2. Comparez avec la carte Vitale.</source>
        <translation>This number is not valid. The first digit is 1 or 2. Compare with the carte Vitale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette date n&apos;existe pas. Écrivez le jour, le mois et l&apos;année en chiffres.</source>
        <translation>This date does not exist. Type the day, the month and the year in digits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La date de naissance ne va pas avec le numéro de sécurité sociale. Les chiffres 2 à 5 du numéro donnent l&apos;année et le mois de naissance. Vérifiez les deux.</source>
        <translation>The date of birth does not match the social security number. Digits 2 to 5 of the number give the year and month of birth. Check both.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le code postal a 5 chiffres, par exemple 75011.</source>
        <translation>The postcode has 5 digits, for example 75011.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cette adresse e-mail n&apos;est pas bien écrite. Elle ressemble à prenom.nom@exemple.fr, sans espace.</source>
        <translation>This e-mail address is not written correctly. It looks like firstname.lastname@example.fr, with no spaces.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le mot de passe ne respecte pas toutes les règles. Regardez la liste sous le champ : chaque ✘ est une règle à remplir.</source>
        <translation>The password does not follow all the rules. Look at the list under the field: each ✘ is a rule still to meet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisissez un mot de passe.</source>
        <translation>Choose a password.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le service n&apos;a pas compris la demande. Réessayez. Si cela recommence, demandez de l&apos;aide.</source>
        <translation>The service did not understand the request. Try again. If it happens again, ask for help.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Une information manque ou est mal écrite. Vérifiez les champs indiqués.</source>
        <translation>Some information is missing or wrongly written. Check the fields shown.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette information manque ou est mal écrite. Vérifiez-la.</source>
        <translation>This information is missing or badly written. Please check it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette information manque. Remplissez-la.</source>
        <translation>This information is missing. Please fill it in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le service demande les informations autrement. Appuyez sur « Réessayer » : le formulaire se met à jour. Ce que vous avez écrit est gardé.</source>
        <translation>The service now asks for the information differently. Press “Try again”: the form updates itself. What you typed is kept.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le service ne retrouve pas votre démarche. Il faut peut-être recommencer cette étape.</source>
        <translation>The service cannot find your journey. You may need to do this step again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette action n&apos;est pas possible ici. Demandez de l&apos;aide.</source>
        <translation>This action is not possible here. Ask for help.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trop de demandes en peu de temps. Attendez un peu, puis réessayez.</source>
        <translation>Too many requests in a short time. Wait a little, then try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La connexion de l&apos;aidant a pris fin. Reconnectez-vous.</source>
        <translation>The helper&apos;s sign-in has ended. Sign in again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;identifiant ou le mot de passe n&apos;est pas le bon. Vérifiez les majuscules.</source>
        <translation>The login or the password is wrong. Check the capital letters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce code n&apos;est pas le bon. Recopiez les chiffres du dernier message reçu.</source>
        <translation>This code is not the right one. Copy the digits from the latest message.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Les conditions d&apos;utilisation ont changé. Relisez-les et acceptez-les de nouveau.</source>
        <translation>The terms of use have changed. Read them again and accept them again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;Assurance Maladie ne trouve personne avec ce numéro. Vérifiez le numéro. S&apos;il est juste, appelez le 36 46.</source>
        <translation>The health insurance finds nobody with this number. Check the number. If it is right, call 36 46.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La date de naissance ou le code postal n&apos;est pas celui que connaît l&apos;Assurance Maladie. Vérifiez les deux. Le code postal est celui de votre adresse actuelle.</source>
        <translation>The date of birth or the postcode is not the one the health insurance knows. Check both. The postcode is the one of your current address.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cette adresse e-mail sert déjà pour un autre compte ameli. Chaque personne doit avoir sa propre adresse. Il faut une autre adresse.</source>
        <translation>This e-mail address is already used for another ameli account. Each person must have their own address. You need another address.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vous avez déjà un compte ameli. Il ne faut pas en créer un deuxième. Voyez l&apos;aide pour retrouver l&apos;accès.</source>
        <translation>You already have an ameli account. Do not create a second one. See the help to get back into it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votre compte est déjà activé. Il n&apos;y a plus rien à faire ici.</source>
        <translation>Your account is already activated. There is nothing more to do here.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ce lien a déjà servi. Votre compte est sans doute déjà activé.</source>
        <translation>This link has already been used. Your account is probably already activated.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ce lien n&apos;est pas reconnu. Copiez le lien en entier depuis le message.</source>
        <translation>This link is not recognised. Copy the whole link from the message.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce code de reprise ou cette date de naissance ne correspond pas. Vérifiez les deux sur l&apos;aide-mémoire.</source>
        <translation>This resume code or this date of birth does not match. Check both on the memo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ce thème fait partie des démarches administratives. Cochez aussi le thème « Aide aux démarches administratives ».</source>
        <translation>This theme is an administrative one. Also tick the theme “Aide aux démarches administratives” (help with administrative procedures).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>L&apos;application n&apos;a pas pu envoyer la demande. Réessayez.</source>
        <translation>The app could not send the request. Try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La demande est trop grosse pour le service. Écrivez un texte plus court, puis réessayez.</source>
        <translation>The request is too big for the service. Write a shorter text, then try again.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ce code de reprise ne marche plus. Recommencez la démarche depuis le début, ou appelez le 36 46.</source>
        <translation>This resume code no longer works. Start again from the beginning, or call 36 46.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Cette adresse est déjà prise. Choisissez une des adresses proposées ou écrivez-en une autre.</source>
        <translation>This address is already taken. Choose one of the suggested addresses or type another one.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Ce numéro est provisoire, en attendant le vrai. Il ne permet pas d&apos;ouvrir un compte ameli. Le vrai commence par 1 ou 2. Appelez le 36 46 pour savoir quand vous l&apos;aurez.</source>
        <translation>This number is temporary, until you get the real one. It does not let you open an ameli account. The real one starts with 1 or 2. Call 36 46 to find out when you will have it.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>L&apos;IBAN n&apos;est pas juste. Recopiez-le depuis votre RIB, la feuille de votre banque. Pour une banque française, il commence par FR.</source>
        <translation>The IBAN is not right. Copy it again from your RIB, the sheet from your bank. For a French bank, it starts with FR.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Trop d&apos;essais. Par sécurité, attendez avant de réessayer. Si cela dure plus d&apos;une heure, appelez le 36 46.</source>
        <translation>Too many tries. For safety, wait before trying again. If it lasts more than an hour, call 36 46.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce code ne marche plus : son temps est passé. Demandez un nouveau code.</source>
        <translation>This code no longer works: its time is up. Ask for a new code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vous avez vérifié l&apos;adresse e-mail il y a trop longtemps. Demandez un nouveau code.</source>
        <translation>You checked the e-mail address too long ago. Ask for a new code.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>L&apos;Assurance Maladie ne connaît pas cet IBAN. Prenez le RIB du compte où vous recevez vos remboursements.</source>
        <translation>The Assurance Maladie does not know this IBAN. Take the RIB of the account where you receive your refunds.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ce lien ne marche plus : son temps est passé. Demandez un nouveau lien.</source>
        <translation>This link no longer works: its time is up. Ask for a new link.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ce lien ne marche plus : un message plus récent a un nouveau lien. Ouvrez le dernier message reçu.</source>
        <translation>This link no longer works: a newer message has a new link. Open the last message you received.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cette adresse ne convient pas. Utilisez des lettres sans accent, des chiffres, des points ou des tirets.</source>
        <translation>This address is not suitable. Use letters without accents, digits, dots or hyphens.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>L&apos;application n&apos;a pas pu enregistrer le fichier à cet endroit. Choisissez un autre dossier, par exemple Documents. Puis réessayez.</source>
        <translation>The app could not save the file there. Choose another folder, for example Documents. Then try again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vos informations ont changé depuis le premier envoi. Envoyez-les de nouveau.</source>
        <translation>Your details have changed since the first sending. Send them again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le service n&apos;a pas compris la demande de cette version d&apos;Aidant. Réessayez. Si cela recommence, demandez une version à jour.</source>
        <translation>The service did not understand the request of this version of Aidant. Try again. If it happens again, ask for an up-to-date version.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La demande est arrivée au mauvais service. Vérifiez l&apos;adresse du service dans les réglages.</source>
        <translation>The request reached the wrong service. Check the service address in the settings.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Une demande est déjà en cours. Attendez sa réponse, puis réessayez.</source>
        <translation>A request is already on its way. Wait for its answer, then try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;application a eu un problème. Ce n&apos;est pas de votre faute. Réessayez. Ce que vous avez écrit est gardé. Si cela recommence, fermez l&apos;application et rouvrez-la.</source>
        <translation>The application had a problem. It is not your fault. Try again. What you typed is kept. If it happens again, close the application and open it again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le service a changé pendant la demande. Appuyez de nouveau pour continuer. Ce que vous avez écrit est gardé.</source>
        <translation>The service changed during the request. Press again to continue. What you typed is kept.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ce service ne crée pas les comptes ameli. Vous créez votre compte vous-même sur le site ameli. Aidant vous accompagne à chaque étape.</source>
        <translation>This service does not create ameli accounts. You create your account yourself on the ameli site. Aidant helps you at each step.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>Le service a eu un problème. Ce n&apos;est pas de votre faute. Réessayez dans un moment.</source>
        <translation>The service had a problem. It is not your fault. Try again in a moment.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Impossible de joindre le service. Vérifiez que l&apos;ordinateur est connecté à internet, puis réessayez. Ce que vous avez écrit est gardé.</source>
        <translation>The service cannot be reached. Check that the computer is connected to the internet, then try again. What you typed is kept.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le service met trop de temps à répondre. Réessayez. Ce que vous avez écrit est gardé.</source>
        <translation>The service takes too long to answer. Try again. What you typed is kept.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le service est momentanément indisponible. Réessayez dans quelques minutes. Ce que vous avez écrit est gardé.</source>
        <translation>The service is unavailable for the moment. Try again in a few minutes. What you typed is kept.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La réponse du service est illisible. Réessayez. Si cela recommence, demandez de l&apos;aide.</source>
        <translation>The service&apos;s answer cannot be read. Try again. If it happens again, ask for help.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La connexion sécurisée au service a échoué. Le réseau de ce lieu bloque peut-être la connexion. Demandez à la personne qui s&apos;occupe des ordinateurs.</source>
        <translation>The secure connection to the service failed. The network here may be blocking it. Ask the person who looks after the computers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;adresse du service n&apos;est pas sécurisée (elle doit commencer par https). Corrigez-la dans les réglages.</source>
        <translation>The service address is not secure (it must start with https). Correct it in the settings.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;adresse du service n&apos;est pas valable. Corrigez-la dans les réglages.</source>
        <translation>The service address is not valid. Correct it in the settings.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le fichier de certificats choisi dans les réglages est introuvable.</source>
        <translation>The certificates file chosen in the settings cannot be found.</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Quelque chose n&apos;a pas marché. Ce n&apos;est pas de votre faute. Réessayez. Ce que vous avez écrit est gardé.</source>
        <translation>Something did not work. It is not your fault. Try again. What you typed is kept.</translation>
    </message>
    <message>
        <location filename="../../aidant_app/ui/errors.py" line="+33"/>
        <source>Recherche du trousseau de l&apos;ordinateur…</source>
        <translation>Looking for the computer&apos;s keyring…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cet ordinateur n&apos;a pas de trousseau sécurisé : vous devrez vous reconnecter à chaque fois.</source>
        <translation>This computer has no secure keyring: you will have to sign in every time.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le trousseau de cet ordinateur est verrouillé : vous devrez vous reconnecter à chaque fois. Pour garder la connexion, déverrouillez le trousseau. Pour cela, ouvrez votre session avec votre mot de passe. Ensuite, redémarrez l&apos;application.</source>
        <translation>This computer&apos;s keyring is locked: you will have to sign in again each time. To stay signed in, unlock the keyring. To do so, open your session with your password. Then restart the app.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le trousseau de cet ordinateur ne répond pas : vous devrez vous reconnecter à chaque fois.</source>
        <translation>This computer&apos;s keyring does not answer: you will have to sign in every time.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cet ordinateur garde les mots de passe sans protection : l&apos;application refuse de s&apos;en servir. Vous devrez vous reconnecter à chaque fois.</source>
        <translation>This computer keeps passwords without protection: the app refuses to use it. You will have to sign in every time.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le trousseau de cet ordinateur ne marche pas correctement : vous devrez vous reconnecter à chaque fois.</source>
        <translation>This computer&apos;s keyring does not work properly: you will have to sign in every time.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{message} Il vous reste 1 essai.</source>
        <translation>{message} You have 1 try left.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message} Il vous reste {n} essais.</source>
        <translation>{message} You have {n} tries left.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message} Vous pourrez réessayer dans 1 seconde.</source>
        <translation>{message} You can try again in 1 second.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message} Vous pourrez réessayer dans {n} secondes.</source>
        <translation>{message} You can try again in {n} seconds.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message} Vous pourrez réessayer dans 1 minute.</source>
        <translation>{message} You can try again in 1 minute.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message} Vous pourrez réessayer dans {n} minutes.</source>
        <translation>{message} You can try again in {n} minutes.</translation>
    </message>
</context>
</TS>
