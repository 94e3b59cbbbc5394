<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ps_AF" sourcelanguage="fr">
<context>
    <name>AccountFields</name>
    <message>
        <location filename="../../aidant_app/ui/pages/account_fields.py" line="+148"/>
        <source>1 caractère sur 15</source>
        <translation>1 له 15 عددونو څخه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} caractères sur 15</source>
        <translation>{n} له 15 عددونو څخه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✔ Numéro correct. Pour vous connecter, votre identifiant ameli sera les 13 premiers chiffres : {login}</source>
        <translation>✔ شمېره سمه ده. د ننوتلو لپاره، ستاسو د ameli د ننوتلو شمېره به لومړي 13 عددونه وي: {login}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>✔ IBAN correct.</source>
        <translation>✔ ستاسو IBAN سم دی.</translation>
    </message>
    <message>
        <location filename="../../aidant_app/ui/pages/birth_date.py" line="+103"/>
        <source>Jour</source>
        <translation>ورځ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mois</source>
        <translation>میاشت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Année</source>
        <translation>کال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} : {part}</source>
        <translation>{field}: {part}</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../aidant_app/journey/fields.py" line="+83"/>
        <source>Numéro de sécurité sociale (sur votre carte Vitale)</source>
        <translation>د ټولنیز امنیت شمېره (ستاسو د carte Vitale کارت پر مخ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>15 chiffres, par exemple 1 84 12 75 116 001 26</source>
        <translation>15 عددونه، لکه 1 84 12 75 116 001 26</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La carte Vitale, ou l&apos;attestation de droits (le papier de l&apos;Assurance Maladie avec votre numéro)</source>
        <translation>ستاسو carte Vitale کارت، یا attestation de droits (د Assurance Maladie هغه پاڼه چې ستاسو شمېره پرې لیکل شوې)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date de naissance</source>
        <translation>د زېږېدو نېټه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code postal de votre domicile</source>
        <translation>ستاسو د کور پوستي کوډ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 chiffres, par exemple 75011</source>
        <translation>5 عددونه، لکه 75011</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IBAN : le numéro de votre compte en banque (sur votre RIB)</source>
        <translation>ستاسو IBAN: ستاسو د بانک د حساب شمېره (ستاسو پر RIB)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Un RIB : la feuille de votre banque avec votre IBAN</source>
        <translation>یو RIB: ستاسو د بانک هغه پاڼه چې ستاسو IBAN پرې لیکل شوی</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Il commence par FR76 pour une banque française</source>
        <translation>د فرانسې د بانک لپاره په FR76 پیلېږي</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mot de passe du compte ameli</source>
        <translation>د ameli د حساب پټنوم</translation>
    </message>
</context>
<context>
    <name>AccountFormPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/account_fields.py" line="+53"/>
        <source>Conseils pour choisir le mot de passe</source>
        <translation>د پټنوم د ټاکلو لارښوونې</translation>
    </message>
    <message>
        <location filename="../../aidant_app/ui/pages/account_form.py" line="+118"/>
        <source>« {name} »</source>
        <translation>« {name} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{sentence}
Information demandée que cette version ne connaît pas : {names}.</source>
        <translation>{sentence}
هغه غوښتل شوي معلومات چې دا نسخه یې نه پېژني: {names}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Créer votre compte ameli</source>
        <translation>خپل ameli حساب جوړ کړئ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Créer mon compte</source>
        <translation>خپل حساب جوړ کړئ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>J&apos;accepte les conditions d&apos;utilisation</source>
        <translation>زه د کارونې شرطونه منم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lire les conditions</source>
        <translation>شرطونه ولولئ</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Prenez votre carte Vitale. Recopiez les informations une par une. L&apos;application vérifie chaque case pendant que vous écrivez.</source>
        <translation>خپل carte Vitale کارت واخلئ. معلومات یو په یو ولیکئ. کله چې تاسو لیکئ، اپلیکېشن هره خانه ګوري.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cette version ne peut pas créer ce compte. Lisez le texte au-dessus.</source>
        <translation>دا نسخه دا حساب نشي جوړولای. پورته متن ولولئ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remplissez d&apos;abord les cases de cette question.</source>
        <translation>لومړی د دې پوښتنې خانې ډکې کړئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remplissez d&apos;abord toutes les cases du formulaire.</source>
        <translation>لومړی د فورمې ټولې خانې ډکې کړئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cochez d&apos;abord la case des conditions d&apos;utilisation.</source>
        <translation>لومړی د کارونې د شرطونو خانه په نښه کړئ.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Création de votre compte ameli…</source>
        <translation>ستاسو ameli حساب جوړېږي…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Réessayer (possible dans {n} s)</source>
        <translation>بیا هڅه وکړئ ({n} ثانیو وروسته)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réessayer</source>
        <translation>بیا هڅه وکړئ</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>L&apos;Assurance Maladie a changé ses conditions. Lisez-les, cochez la case, puis appuyez sur « Créer mon compte ».</source>
        <translation>‏Assurance Maladie خپل شرطونه بدل کړي دي. هغه ولولئ، خانه په نښه کړئ، بیا پر « خپل حساب جوړ کړئ » کلیک وکړئ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lecture des nouvelles conditions…</source>
        <translation>نوي شرطونه لوستل کېږي…</translation>
    </message>
    <message>
        <location filename="../../aidant_app/ui/sections/account_groups.py" line="+83"/>
        <source>Question {n} sur {total}</source>
        <translation>پوښتنه {n} له {total} څخه</translation>
    </message>
</context>
<context>
    <name>AccountQuestionPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/account_question.py" line="+18"/>
        <source>Votre compte ameli</source>
        <translation>ستاسو ameli حساب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Non, je n&apos;ai pas de compte ameli</source>
        <translation>نه، زه ameli حساب نه لرم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oui, j&apos;ai déjà un compte ameli</source>
        <translation>هو، زه دمخه ameli حساب لرم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avez-vous déjà un compte ameli ?</source>
        <translation>ایا تاسو دمخه ameli حساب لرئ؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le compte ameli est votre espace personnel sur le site de l&apos;Assurance Maladie (ameli.fr). Une personne ne peut avoir qu&apos;un seul compte.</source>
        <translation>د ameli حساب د Assurance Maladie (د فرانسې روغتیايي بیمه) پر ویب پاڼه (ameli.fr) ستاسو شخصي ځای دی. یو کس یوازې یو حساب لرلای شي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si vous ne savez pas, choisissez « Non ». Si un compte existe déjà, le site ameli vous le dira.</source>
        <translation>که نه پوهېږئ، « نه » وټاکئ. که حساب دمخه وي، د ameli ویب پاڼه به یې تاسو ته ووایي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si vous ne savez pas, choisissez « Non ». Si un compte existe déjà, nous vous le dirons. Nous vous aiderons à le retrouver.</source>
        <translation>که نه پوهېږئ، « نه » وټاکئ. که حساب دمخه وي، موږ به یې تاسو ته ووایو. موږ به یې په موندلو کې مرسته وکړو.</translation>
    </message>
</context>
<context>
    <name>AccountRecoveryPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/account_recovery.py" line="+69"/>
        <source>Vous avez déjà un compte ameli</source>
        <translation>تاسو دمخه ameli حساب لرئ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>L&apos;Assurance Maladie nous répond qu&apos;un compte ameli existe déjà pour ce numéro de sécurité sociale. Il ne faut pas en créer un deuxième. Voici comment retrouver l&apos;accès.</source>
        <translation>‏Assurance Maladie موږ ته وايي چې د دې ټولنیز امنیت شمېرې لپاره دمخه ameli حساب شته. دوهم حساب مه جوړوئ. دلته ګورئ چې څنګه بېرته خپل حساب ته ورسېږئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vous n&apos;avez pas besoin d&apos;un nouveau compte. Voici comment retrouver l&apos;accès, selon votre situation.</source>
        <translation>تاسو نوي حساب ته اړتیا نه لرئ. دلته ګورئ چې څنګه بېرته خپل حساب ته ورسېږئ، ستاسو د حالت سره سم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quelle est votre situation ?</source>
        <translation>ستاسو حالت څه دی؟</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Votre réponse</source>
        <translation>ستاسو ځواب</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ouvrir la page de connexion ameli</source>
        <translation>د ameli د ننوتلو پاڼه پرانیزئ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code QR de la page de connexion ameli</source>
        <translation>د ameli د ننوتلو پاڼې QR کوډ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ou scannez ce code avec l&apos;appareil photo de votre téléphone.</source>
        <translation>یا دا کوډ د خپل ټیلیفون په کمرې سکن کړئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour appeler l&apos;Assurance Maladie</source>
        <translation>‏Assurance Maladie ته د زنګ وهلو لپاره</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votre adresse sert déjà à quelqu&apos;un d&apos;autre ? Ce n&apos;est pas possible : chaque compte ameli a besoin de sa propre adresse e-mail. Créez une adresse pour la personne qui n&apos;en a pas.</source>
        <translation>ستاسو پته بل څوک کاروي؟ دا نه کېږي: هر ameli حساب خپلې ایمیل پتې ته اړتیا لري. د هغه کس لپاره پته جوړه کړئ چې پته نه لري.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer ces étapes (PDF)</source>
        <translation>دا ګامونه خوندي کړئ (PDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personne suivante (tout effacer)</source>
        <translation>بل کس (هر څه پاک کړئ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommencer (tout effacer)</source>
        <translation>له سره پیل کړئ (هر څه پاک کړئ)</translation>
    </message>
</context>
<context>
    <name>ActivationHelp</name>
    <message>
        <location filename="../../aidant_app/ui/sections/activation_help.py" line="+67"/>
        <source>Un code est parti à {address}. Ouvrez cette boîte, puis écrivez le code ici : cela prouve que l&apos;adresse est la bonne.</source>
        <translation>{address} ته یو کوډ ولېږل شو. دا بکس پرانیزئ، بیا کوډ دلته ولیکئ: دا ثابتوي چې پته سمه ده.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Renvoyer le message (possible dans {n} s)</source>
        <translation>پیغام بیا ولېږئ ({n} ثانیو وروسته)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renvoyer le message</source>
        <translation>پیغام بیا ولېږئ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>« Spam » ou « Courrier indésirable »</source>
        <translation>‏« Spam » یا « Courrier indésirable » (ناغوښتي پیغامونه)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je ne trouve pas le message</source>
        <translation>پیغام نه مومم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1. Attendez 2 ou 3 minutes : un message peut mettre un peu de temps.
2. Regardez dans le dossier des messages indésirables : {folder}
3. Vérifiez que vous ouvrez la bonne boîte e-mail.</source>
        <translation>1. صبر وکړئ، 2 یا 3 دقیقې: پیغام ښايي لږ وخت ونیسي.
2. د ناغوښتو پیغامونو په فولډر کې وګورئ: {folder}
3. وګورئ چې سم ایمیل بکس مو پرانیستی دی.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toujours rien ? Demandez un nouveau message. Seul le lien du dernier message marche.</source>
        <translation>بیا هم هیڅ نشته؟ نوی پیغام وغواړئ. یوازې د وروستي پیغام لینک کار کوي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;adresse e-mail est fausse ?</source>
        <translation>ایمیل پته غلطه ده؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse e-mail corrigée</source>
        <translation>سمه شوې ایمیل پته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envoyer un code à cette adresse</source>
        <translation>دې پتې ته کوډ ولېږئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code reçu à la nouvelle adresse</source>
        <translation>هغه کوډ چې نوې پتې ته راغلی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corriger l&apos;adresse et recevoir un nouveau lien</source>
        <translation>پته سمه کړئ او نوی لینک ترلاسه کړئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le lien ne s&apos;ouvre pas ?</source>
        <translation>لینک نه پرانیستل کېږي؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collez ici le lien du message</source>
        <translation>د پیغام لینک دلته پیسټ کړئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dans le message, faites un clic droit sur le lien. Choisissez « Copier l&apos;adresse du lien ». Puis collez-la ici (Ctrl + V).</source>
        <translation>په پیغام کې، پر لینک ښي کلیک وکړئ. « Copier l&apos;adresse du lien » (د لینک پته کاپي کړئ) وټاکئ. بیا یې دلته پیسټ کړئ (Ctrl + V).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valider le lien</source>
        <translation>لینک وګورئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le vrai message ou un faux ?</source>
        <translation>رښتینی پیغام که جعلي؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>En entraînement, le lien commence par http://{host}</source>
        <translation>په تمرین کې، لینک په ⁦http://{host}⁩ پیلېږي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Le lien mène à l&apos;adresse du service : {host}</source>
        <translation>لینک د خدمت پتې ته ځي: {host}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• Le vrai message arrive juste après votre demande.
• Il ne demande jamais votre mot de passe, ni votre numéro de carte bancaire.
• {where}.
• Un message qui vous presse (« dernier délai », « compte bloqué ») est souvent un faux.
• Dans le doute, ne cliquez pas : collez le lien ci-dessus, l&apos;application le vérifie.</source>
        <translation>• رښتینی پیغام ستاسو له غوښتنې سمدستي وروسته راځي.
• هېڅکله ستاسو پټنوم یا د بانک کارت شمېره نه غواړي.
• {where}.
• هغه پیغام چې تاسو بیړې ته اړ باسي (« dernier délai » وروستۍ موده، « compte bloqué » حساب بند دی) ډېری وخت جعلي وي.
• که شک لرئ، کلیک مه کوئ: لینک پورته پیسټ کړئ، اپلیکېشن یې ګوري.</translation>
    </message>
</context>
<context>
    <name>ActivationPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/activation.py" line="+84"/>
        <source>Activer votre compte</source>
        <translation>خپل حساب فعال کړئ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ouvrir la boîte d&apos;entraînement</source>
        <translation>د تمرین بکس پرانیزئ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ouvrir ma boîte e-mail</source>
        <translation>خپل ایمیل بکس پرانیزئ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Je ne trouve pas le message, ou l&apos;adresse est fausse</source>
        <translation>پیغام نه مومم، یا پته غلطه ده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour revenir plus tard</source>
        <translation>د وروسته راتګ لپاره</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copier le code de reprise</source>
        <translation>د بیا پیل کوډ کاپي کړئ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer l&apos;aide-mémoire (PDF)</source>
        <translation>یادښت پاڼه خوندي کړئ (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommencer l&apos;entraînement</source>
        <translation>تمرین له سره پیل کړئ</translation>
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
        <translation>ستاسو حساب جوړ شو. اوس یې باید فعال کړئ، یعنې کار ته یې واچوئ:
1. موږ {address} ته یو پیغام ولېږه.
2. خپل ایمیل بکس پرانیزئ.
3. هغه پیغام پرانیزئ چې سرلیک یې « Confirmez votre adresse e-mail » (خپله ایمیل پته تایید کړئ) دی.
4. په پیغام کې پر لینک کلیک وکړئ.
5. په هغه پاڼه چې پرانیستل کېږي، پر « Confirmer mon adresse » (زما پته تایید کړئ) کلیک وکړئ.
6. دلته بېرته راشئ: دا پاڼه پخپله مخکې ځي.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Votre code de reprise : {code}
Avec ce code et votre date de naissance, vous pourrez reprendre ici. Il est aussi sur l&apos;aide-mémoire : la feuille à imprimer et à garder.</source>
        <translation>ستاسو د بیا پیل کوډ: {code}
د دې کوډ او خپلې د زېږېدو نېټې سره، تاسو کولای شئ دلته بیا پیل وکړئ. دا کوډ پر یادښت پاڼه هم دی: هغه پاڼه چې چاپوئ او ساتئ یې.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>⚠ Nous n&apos;avons pas pu envoyer le message à cette adresse. Vérifiez l&apos;adresse e-mail. Si elle est fausse, corrigez-la ci-dessous (« L&apos;adresse e-mail est fausse ? »).</source>
        <translation>⚠ موږ ونه شو کولای دې پتې ته پیغام ولېږو. ایمیل پته وګورئ. که غلطه وي، لاندې یې سمه کړئ (« ایمیل پته غلطه ده؟ »).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ Votre compte est activé.</source>
        <translation>✔ ستاسو حساب فعال شو.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Le lien n&apos;est plus valable. Demandez un nouveau message ci-dessous.</source>
        <translation>⚠ لینک نور کار نه کوي. لاندې نوی پیغام وغواړئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>En attente : nous regardons toutes les quelques secondes si vous avez cliqué sur le lien.</source>
        <translation>انتظار: موږ هرو څو ثانیو کې ګورو چې ایا تاسو پر لینک کلیک کړی دی.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>La page avance seule après votre clic sur le lien.</source>
        <translation>کله چې پر لینک کلیک وکړئ، پاڼه پخپله مخکې ځي.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>✔ Aide-mémoire enregistré.</source>
        <translation>✔ یادښت پاڼه خوندي شوه.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>⚠ L&apos;application n&apos;a pas pu enregistrer l&apos;aide-mémoire à cet endroit.</source>
        <translation>⚠ اپلیکېشن ونه شو کولای یادښت پاڼه په دې ځای کې خوندي کړي.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Envoi d&apos;un nouveau message…</source>
        <translation>نوی پیغام لېږل کېږي…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Un nouveau message est parti. Ouvrez le plus récent : l&apos;ancien lien ne marche plus.</source>
        <translation>نوی پیغام ولېږل شو. تر ټولو نوی پیغام پرانیزئ: زوړ لینک نور کار نه کوي.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adresse corrigée. Un nouveau lien est parti à {address}.</source>
        <translation>پته سمه شوه. {address} ته نوی لینک ولېږل شو.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Vérification du lien…</source>
        <translation>لینک کتل کېږي…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Le serveur d&apos;entraînement a redémarré. Il a oublié cette démarche d&apos;entraînement. Recommencez l&apos;entraînement depuis le début.</source>
        <translation>د تمرین سرور بیا پیل شوی. دا د تمرین چاره یې هېره کړې. تمرین له سره پیل کړئ.</translation>
    </message>
    <message>
        <location filename="../../aidant_app/ui/sections/address_correction.py" line="+41"/>
        <source>Envoi d&apos;un code à la nouvelle adresse…</source>
        <translation>نوې پتې ته کوډ لېږل کېږي…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Changement de l&apos;adresse…</source>
        <translation>پته بدلېږي…</translation>
    </message>
</context>
<context>
    <name>ActivationQuestionPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/activation_question.py" line="+23"/>
        <source>Activer votre compte ameli</source>
        <translation>خپل ameli حساب فعال کړئ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Oui, j&apos;ai vu la confirmation</source>
        <translation>هو، ما تاییدیه ولیدله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pas encore</source>
        <translation>لا نه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avez-vous cliqué sur le lien du message d&apos;ameli, puis vu la confirmation ?</source>
        <translation>ایا تاسو د ameli د پیغام پر لینک کلیک کړی، او بیا مو تاییدیه لیدلې ده؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le site ameli vous a envoyé un message. Ouvrez votre boîte e-mail et cliquez sur le lien du message. Une page d&apos;ameli confirme alors que le compte est activé.</source>
        <translation>د ameli ویب پاڼې تاسو ته یو پیغام لېږلی دی. خپل ایمیل بکس پرانیزئ او د پیغام پر لینک کلیک وکړئ. بیا د ameli یوه پاڼه تاییدوي چې حساب فعال شو.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aidant ne voit pas votre compte ameli : c&apos;est vous qui nous dites ce que vous voyez.</source>
        <translation>‏Aidant ستاسو ameli حساب نشي لیدلای: تاسو موږ ته وایاست چې څه ګورئ.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Quand vous avez vu la confirmation d&apos;ameli, répondez « Oui ».</source>
        <translation>کله چې مو د ameli تاییدیه ولیدله، « هو » ځواب ورکړئ.</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../aidant_app/ui/report_dialog.py" line="+123"/>
        <source>Le début de la période est après la fin. Changez une des dates.</source>
        <translation>د مودې پیل له پای څخه وروسته دی. یوه نېټه بدله کړئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chargement…</source>
        <translation>بارېږي…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accompagnements</source>
        <translation>مرستې</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>دقیقې</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{n} accompagnements, {m} minutes, pour la structure « {s} ».</source>
        <translation>{n} مرستې، {m} دقیقې، د « {s} » ادارې لپاره.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Graphique des accompagnements par semaine</source>
        <translation>په اونۍ کې د مرستو ګراف</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Semaine du {date}</source>
        <translation>د {date} اونۍ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{summary} Le tableau à côté donne les mêmes chiffres.</source>
        <translation>{summary} څنګ ته جدول همدا شمېرې ښيي.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 accompagnement, 1 minute, pour la structure « {s} ».</source>
        <translation>1 مرسته، 1 دقیقه، د « {s} » ادارې لپاره.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 accompagnement, {m} minutes, pour la structure « {s} ».</source>
        <translation>1 مرسته، {m} دقیقې، د « {s} » ادارې لپاره.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} accompagnements, 1 minute, pour la structure « {s} ».</source>
        <translation>{n} مرستې، 1 دقیقه، د « {s} » ادارې لپاره.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exporter l&apos;activité</source>
        <translation>فعالیت صادر کړئ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tableur CSV (*.csv)</source>
        <translation>CSV جدول (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export…</source>
        <translation>صادرېږي…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fichier enregistré : 1 accompagnement.</source>
        <translation>فایل خوندي شو: 1 مرسته.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fichier enregistré : {n} accompagnements.</source>
        <translation>فایل خوندي شو: {n} مرستې.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Aidant – activité de la structure</source>
        <translation>Aidant – د ادارې فعالیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Du</source>
        <translation>له</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>au</source>
        <translation>تر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afficher</source>
        <translation>وښایاست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mes accompagnements</source>
        <translation>زما مرستې</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valeurs à recopier dans la Coop, dans l&apos;ordre</source>
        <translation>هغه ارزښتونه چې په Coop کې یې په ترتیب سره لیکئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tableau des accompagnements par semaine</source>
        <translation>په اونۍ کې د مرستو جدول</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporter en CSV…</source>
        <translation>په CSV کې صادر کړئ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fermer</source>
        <translation>بند یې کړئ</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <location filename="../../aidant_app/ui/i18n.py" line="+35"/>
        <source>{text} (en français)</source>
        <translation>{text} (په فرانسوي)</translation>
    </message>
</context>
<context>
    <name>BusyArea</name>
    <message>
        <location filename="../../aidant_app/ui/statusareas.py" line="+92"/>
        <source>Un instant, s&apos;il vous plaît…</source>
        <translation>لطفاً یو شېبه صبر وکړئ…</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/choice.py" line="+70"/>
        <source>Votre réponse</source>
        <translation>ستاسو ځواب</translation>
    </message>
</context>
<context>
    <name>Companion</name>
    <message>
        <location filename="../../build/lupdate/help_cases.py" line="+16"/>
        <source>La page d&apos;accueil du service ameli pour créer un compte.</source>
        <translation>د ameli د خدمت لومړۍ پاڼه، د حساب جوړولو لپاره.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherchez un bouton pour créer un compte. Ses mots changent avec les années.</source>
        <translation>د حساب جوړولو لپاره یوه تڼۍ ولټوئ. د هغې کلمې له کلونو سره بدلېږي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votre numéro de sécurité sociale : les 13 premiers chiffres, sans la clé (les 2 derniers).</source>
        <translation>ستاسو د ټولنیز امنیت شمېره: لومړي 13 عددونه، پرته له وروستیو 2 عددونو (کلي).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherchez une case pour le numéro de sécurité sociale. Il est sur la carte Vitale.</source>
        <translation>د ټولنیز امنیت شمېرې لپاره یوه خانه ولټوئ. دا شمېره پر carte Vitale کارت ده.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votre date de naissance, sous la forme jj/mm/aaaa.</source>
        <translation>ستاسو د زېږېدو نېټه، په دې ډول: ورځ/میاشت/کال (jj/mm/aaaa).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherchez une case pour la date de naissance.</source>
        <translation>د زېږېدو نېټې لپاره یوه خانه ولټوئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si le site ne demande pas la date ici, passez à l&apos;étape suivante. Il la demandera peut-être plus tard.</source>
        <translation>که ویب پاڼه دلته نېټه نه غواړي، بل ګام ته لاړ شئ. ښايي وروسته یې وغواړي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le code postal de votre domicile.</source>
        <translation>ستاسو د کور پوستي کوډ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherchez une case pour le code postal.</source>
        <translation>د پوستي کوډ لپاره یوه خانه ولټوئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si le site ne demande pas le code postal, passez à l&apos;étape suivante.</source>
        <translation>که ویب پاڼه پوستي کوډ نه غواړي، بل ګام ته لاړ شئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Une preuve de votre identité : souvent l&apos;IBAN du compte où vous recevez vos remboursements.</source>
        <translation>ستاسو د هویت ثبوت: ډېری وخت د هغه حساب IBAN چې تاسو پکې خپلې بېرته ورکړل شوې پیسې ترلاسه کوئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherchez une case pour l&apos;IBAN, ou une autre question pour vérifier que c&apos;est bien vous.</source>
        <translation>د IBAN لپاره یوه خانه ولټوئ، یا بله پوښتنه چې ګوري چې دا په رښتیا تاسو یاست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si le site demande autre chose, répondez avec vos papiers. Si vous n&apos;avez pas de RIB, appelez le 36 46 : on peut vous envoyer un code par SMS.</source>
        <translation>که ویب پاڼه بل شی غواړي، د خپلو کاغذونو په مرسته ځواب ورکړئ. که RIB نه لرئ، 36 46 ته زنګ ووهئ: دوی کولای شي تاسو ته د SMS له لارې کوډ ولېږي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votre adresse e-mail, celle que vous venez de vérifier.</source>
        <translation>ستاسو ایمیل پته، هماغه چې تاسو همدا اوس وکتله.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherchez une case pour l&apos;adresse e-mail. Le site la demande parfois deux fois.</source>
        <translation>د ایمیل پتې لپاره یوه خانه ولټوئ. ویب پاڼه یې ځینې وخت دوه ځلې غواړي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un mot de passe que vous choisissez pour le compte ameli.</source>
        <translation>یو پټنوم چې تاسو یې د ameli حساب لپاره ټاکئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherchez une case pour le mot de passe. Le site le demande parfois deux fois.</source>
        <translation>د پټنوم لپاره یوه خانه ولټوئ. ویب پاڼه یې ځینې وخت دوه ځلې غواړي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si les règles du site sont différentes de celles-ci, suivez les règles du site.</source>
        <translation>که د ویب پاڼې قاعدې له دې قاعدو توپیر لري، د ویب پاڼې قاعدې ومنئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les conditions d&apos;utilisation du compte.</source>
        <translation>د حساب د کارونې شرطونه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherchez une case à cocher pour accepter les conditions. Lisez-les avant.</source>
        <translation>د شرطونو منلو لپاره د نښه کولو یوه خانه ولټوئ. لومړی یې ولولئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si vous ne voyez pas de case à cocher, continuez sur le site.</source>
        <translation>که د نښه کولو خانه نه وینئ، په ویب پاڼه دوام ورکړئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le site vous envoie un message avec un lien d&apos;activation.</source>
        <translation>ویب پاڼه تاسو ته د فعالولو لینک سره یو پیغام لېږي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherchez un message qui dit que le compte est presque prêt. Ensuite, ouvrez votre boîte e-mail.</source>
        <translation>هغه پیغام ولټوئ چې وايي حساب نږدې چمتو دی. بیا خپل ایمیل بکس پرانیزئ.</translation>
    </message>
</context>
<context>
    <name>CompanionCheck</name>
    <message>
        <location filename="../../aidant_app/ui/sections/companion_check.py" line="+107"/>
        <source>C&apos;est juste. Écrivez-le maintenant sur le site ameli.</source>
        <translation>سم دی. اوس یې د ameli پر ویب پاڼه ولیکئ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adresse copiée. Collez-la sur le site ameli. L&apos;application l&apos;efface de la mémoire du copier-coller dans 30 secondes.</source>
        <translation>پته کاپي شوه. د ameli پر ویب پاڼه یې پیسټ کړئ. اپلیکېشن به یې 30 ثانیو کې د کاپي-پیسټ له حافظې پاکه کړي.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vérifiez ici d&apos;abord</source>
        <translation>لومړی دلته یې وګورئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rien de ce que vous écrivez ici n&apos;est envoyé. Aidant vérifie seulement. Ensuite, vous l&apos;écrivez vous-même sur le site ameli.</source>
        <translation>هغه څه چې تاسو دلته لیکئ، هېڅ چېرته نه لېږل کېږي. Aidant یوازې یې ګوري. بیا تاسو پخپله یې د ameli پر ویب پاڼه لیکئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ici, écrivez les 15 chiffres, avec la clé : Aidant vérifie la clé.</source>
        <translation>دلته ټول 15 عددونه ولیکئ، له وروستیو 2 عددونو (کلي) سره: Aidant دا 2 عددونه ګوري.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copier l&apos;adresse</source>
        <translation>پته کاپي کړئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vérifier</source>
        <translation>وګورئ</translation>
    </message>
</context>
<context>
    <name>CompanionPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/companion.py" line="+76"/>
        <source>Étape {n} sur {total} : ce que le site demande</source>
        <translation>ګام {n} له {total} څخه: هغه څه چې ویب پاڼه یې غواړي</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nous ne sommes pas sûrs de cette étape. Le site a pu changer.</source>
        <translation>موږ په دې ګام ډاډه نه یو. ښايي ویب پاڼه بدله شوې وي.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Créer votre compte sur le site ameli</source>
        <translation>خپل حساب د ameli پر ویب پاڼه جوړ کړئ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Étape suivante</source>
        <translation>بل ګام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;ai fini sur le site ameli</source>
        <translation>د ameli پر ویب پاڼه مې کار پای ته ورساوه</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Vous créez votre compte vous-même, sur le site officiel ameli. Aidant reste à côté et vous montre une étape à la fois.</source>
        <translation>تاسو خپل حساب پخپله جوړوئ، د ameli پر رسمي ویب پاڼه. Aidant ستاسو څنګ ته دی او هر ځل یو ګام درښيي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir le site ameli</source>
        <translation>د ameli ویب پاڼه پرانیزئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir le site sur un téléphone</source>
        <translation>ویب پاڼه په ټیلیفون کې پرانیزئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scannez ce code avec l&apos;appareil photo du téléphone. Le site ameli s&apos;ouvre sur le téléphone.</source>
        <translation>دا کوډ د ټیلیفون په کمرې سکن کړئ. د ameli ویب پاڼه په ټیلیفون کې پرانیستل کېږي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code QR du site ameli</source>
        <translation>د ameli ویب پاڼې QR کوډ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;écran n&apos;est pas comme ça</source>
        <translation>پرده داسې نه ښکاري</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le site change parfois ses mots et l&apos;ordre des questions. Cherchez une question qui ressemble à celle-ci.</source>
        <translation>ویب پاڼه ځینې وخت خپلې کلمې او د پوښتنو ترتیب بدلوي. داسې پوښتنه ولټوئ چې دې ته ورته وي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vous ne la trouvez pas ? Continuez sur le site. Puis appuyez sur « Étape suivante » ici.</source>
        <translation>هغه نه مومئ؟ په ویب پاڼه دوام ورکړئ. بیا دلته پر « بل ګام » کلیک وکړئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si vous êtes bloqué, appelez l&apos;Assurance Maladie :</source>
        <translation>که بند پاتې یاست، Assurance Maladie ته زنګ ووهئ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Étape précédente</source>
        <translation>مخکینی ګام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toutes les étapes (mises à jour le {date})</source>
        <translation>ټول ګامونه (په {date} تازه شوي)</translation>
    </message>
</context>
<context>
    <name>ConnectionArea</name>
    <message>
        <location filename="../../aidant_app/ui/statusareas.py" line="+103"/>
        <source>Le serveur d&apos;entraînement s&apos;est arrêté. Vos réponses sont gardées. Appuyez sur « Réessayer » pour le relancer.</source>
        <translation>د تمرین سرور ودرېد. ستاسو ځوابونه ساتل شوي دي. د بیا پیلولو لپاره پر « بیا هڅه وکړئ » کلیک وکړئ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le serveur d&apos;entraînement n&apos;a pas pu démarrer. Appuyez sur « Réessayer ». Si cela recommence, fermez puis rouvrez l&apos;application.</source>
        <translation>د تمرین سرور پیل نه شو. پر « بیا هڅه وکړئ » کلیک وکړئ. که بیا داسې وشي، اپلیکېشن بند کړئ او بیا یې پرانیزئ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Démarrage du mode entraînement…</source>
        <translation>د تمرین حالت پیلېږي…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connexion au service…</source>
        <translation>له خدمت سره نښلېږي…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Réessayer</source>
        <translation>بیا هڅه وکړئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réessayer la connexion</source>
        <translation>د نښلولو لپاره بیا هڅه وکړئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réglages</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir les réglages</source>
        <translation>تنظیمات پرانیزئ</translation>
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
        <translation>پرانیستی: د پټولو لپاره کلیک وکړئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fermé : appuyez pour afficher.</source>
        <translation>تړلی: د لیدلو لپاره کلیک وکړئ.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/done.py" line="+72"/>
        <source>Votre identifiant : les 13 premiers chiffres de votre numéro de sécurité sociale</source>
        <translation>ستاسو د ننوتلو شمېره: ستاسو د ټولنیز امنیت شمېرې لومړي 13 عددونه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afficher tous les chiffres</source>
        <translation>ټول عددونه وښایاست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votre adresse e-mail</source>
        <translation>ستاسو ایمیل پته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votre mot de passe ameli</source>
        <translation>ستاسو د ameli پټنوم</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Bravo ! Voici ce qu&apos;il faut retenir. Enregistrez l&apos;aide-mémoire, la feuille à garder. Ensuite, imprimez-le.</source>
        <translation>آفرین! دا هغه څه دي چې باید یې په یاد ولرئ. یادښت پاڼه خوندي کړئ، هغه پاڼه چې ساتئ یې. بیا یې چاپ کړئ.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>C&apos;est terminé : votre compte est prêt</source>
        <translation>کار پای ته ورسېد: ستاسو حساب چمتو دی</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vous avez créé votre compte vous-même, sur le site officiel ameli.</source>
        <translation>تاسو خپل حساب پخپله جوړ کړ، د ameli پر رسمي ویب پاڼه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&apos;est celui que vous avez choisi sur le site ameli. Ce n&apos;est pas celui de votre boîte e-mail. L&apos;application ne le garde pas. Écrivez-le à la main sur l&apos;aide-mémoire.</source>
        <translation>دا هغه پټنوم دی چې تاسو د ameli پر ویب پاڼه ټاکلی. دا د ایمیل بکس پټنوم نه دی. اپلیکېشن یې نه ساتي. په خپل لاس یې پر یادښت پاڼه ولیکئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&apos;est celui que vous avez choisi pour le compte ameli, dans le formulaire. Ce n&apos;est pas celui de votre boîte e-mail. L&apos;application ne le montre pas et ne le garde pas. Écrivez-le à la main sur l&apos;aide-mémoire.</source>
        <translation>دا هغه پټنوم دی چې تاسو په فورمه کې د ameli حساب لپاره ټاکلی. دا د ایمیل بکس پټنوم نه دی. اپلیکېشن یې نه ښيي او نه یې ساتي. په خپل لاس یې پر یادښت پاڼه ولیکئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour vous connecter : allez sur ameli.fr. Choisissez « Compte ameli ». Puis écrivez votre identifiant et votre mot de passe.</source>
        <translation>د ننوتلو لپاره: ameli.fr ته لاړ شئ. « Compte ameli » (ameli حساب) وټاکئ. بیا خپله د ننوتلو شمېره او پټنوم ولیکئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;aide-mémoire est un fichier PDF. Vous choisissez où l&apos;enregistrer. Il ne contient ni mot de passe ni code. Le numéro y est caché en partie, sauf si vous cochez la case ci-dessous.</source>
        <translation>یادښت پاڼه یو PDF فایل دی. تاسو ټاکئ چې چېرته یې خوندي کړئ. په هغې کې نه پټنوم شته او نه کوډ. شمېره پکې یوه برخه پټه ده، مګر دا چې تاسو لاندې خانه په نښه کړئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mettre le numéro complet sur l&apos;aide-mémoire</source>
        <translation>بشپړه شمېره پر یادښت پاڼه ولیکئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer l&apos;aide-mémoire (PDF)</source>
        <translation>یادښت پاڼه خوندي کړئ (PDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personne suivante (tout effacer)</source>
        <translation>بل کس (هر څه پاک کړئ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminer (tout effacer)</source>
        <translation>پای ته یې ورسوئ (هر څه پاک کړئ)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Identifiant : {digits}</source>
        <translation>د ننوتلو شمېره: {digits}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identifiant caché, se terminant par {digits}</source>
        <translation>پټه د ننوتلو شمېره، چې په {digits} پای ته رسي</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>✔ Aide-mémoire enregistré. Vous pouvez l&apos;ouvrir pour l&apos;imprimer.</source>
        <translation>✔ یادښت پاڼه خوندي شوه. تاسو کولای شئ د چاپولو لپاره یې پرانیزئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ L&apos;application n&apos;a pas pu enregistrer l&apos;aide-mémoire à cet endroit. Choisissez un autre dossier.</source>
        <translation>⚠ اپلیکېشن ونه شو کولای یادښت پاڼه په دې ځای کې خوندي کړي. بل فولډر وټاکئ.</translation>
    </message>
</context>
<context>
    <name>EmailAddressPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/email_address.py" line="+53"/>
        <source>Écrivez votre adresse e-mail</source>
        <translation>خپله ایمیل پته ولیکئ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Écrivez votre adresse e-mail, lettre par lettre. Nous allons vérifier qu&apos;elle est bien écrite. Ensuite, nous vous envoyons un code. Ce code montre que vous pouvez ouvrir cette boîte.</source>
        <translation>خپله ایمیل پته ولیکئ، توری په توري. موږ به وګورو چې سمه لیکل شوې ده. بیا موږ تاسو ته یو کوډ درلېږو. دا کوډ ښيي چې تاسو کولای شئ دا بکس پرانیزئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse e-mail</source>
        <translation>ایمیل پته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Par exemple : prenom.nom@exemple.fr (sans espace)</source>
        <translation>لکه: prenom.nom@exemple.fr (پرته له تشې)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je n&apos;arrive pas à ouvrir cette boîte</source>
        <translation>زه دا بکس نشم پرانیستلای</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Répondez d&apos;abord à la question sur l&apos;adresse : la corriger, ou la garder telle quelle.</source>
        <translation>لومړی د پتې پوښتنې ته ځواب ورکړئ: سمه یې کړئ، یا یې همداسې پرېږدئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Écrivez d&apos;abord votre adresse e-mail en entier.</source>
        <translation>لومړی خپله بشپړه ایمیل پته ولیکئ.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>✔ L&apos;adresse semble bien écrite.</source>
        <translation>✔ پته سمه لیکل شوې ښکاري.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Il y a peut-être une faute de frappe. Vouliez-vous dire {address} ?</source>
        <translation>ښايي د لیکلو تېروتنه وي. ایا مو مطلب {address} و؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oui, corriger en {address}</source>
        <translation>هو، په {address} یې سمه کړئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non, garder mon adresse telle quelle</source>
        <translation>نه، زما پته همداسې پرېږدئ</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Vérification de l&apos;adresse…</source>
        <translation>پته کتل کېږي…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cette adresse est une adresse jetable : elle disparaît vite. Il faut une adresse qui dure. Utilisez une autre adresse, ou créez-en une.</source>
        <translation>دا د یو ځل کارولو پته ده: ژر له منځه ځي. تاسو داسې پتې ته اړتیا لرئ چې پاتې شي. بله پته وکاروئ، یا یوه نوې جوړه کړئ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cette adresse semble ne pas pouvoir recevoir de messages. Vérifiez la partie après le @ (par exemple gmail.com). Si elle est juste, continuez : vous allez ouvrir la boîte pour vérifier.</source>
        <translation>داسې ښکاري چې دا پته پیغامونه نشي ترلاسه کولای. د @ وروسته برخه وګورئ (لکه gmail.com). که سمه وي، دوام ورکړئ: تاسو به د کتلو لپاره بکس پرانیزئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette adresse semble ne pas pouvoir recevoir de messages. Vérifiez la partie après le @ (par exemple gmail.com). Si elle est juste, continuez : nous allons envoyer un code pour vérifier.</source>
        <translation>داسې ښکاري چې دا پته پیغامونه نشي ترلاسه کولای. د @ وروسته برخه وګورئ (لکه gmail.com). که سمه وي، دوام ورکړئ: موږ به د کتلو لپاره یو کوډ ولېږو.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mon adresse est juste, continuer</source>
        <translation>زما پته سمه ده، دوام ورکړئ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Envoi du code à votre adresse…</source>
        <translation>ستاسو پتې ته کوډ لېږل کېږي…</translation>
    </message>
</context>
<context>
    <name>EmailCodePage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/email_code.py" line="+59"/>
        <source>Le code reçu par e-mail</source>
        <translation>هغه کوډ چې په ایمیل کې راغلی</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recevoir un nouveau code (possible dans {n} s)</source>
        <translation>نوی کوډ ترلاسه کړئ ({n} ثانیو وروسته)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recevoir un nouveau code</source>
        <translation>نوی کوډ ترلاسه کړئ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nous avons envoyé un code à : {address}</source>
        <translation>موږ دې پتې ته کوډ ولېږه: {address}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1. Ouvrez votre boîte e-mail, puis le message d&apos;Aidant.
2. Écrivez ici les {n} chiffres du code.</source>
        <translation>1. خپل ایمیل بکس پرانیزئ، بیا د Aidant پیغام.
2. د کوډ {n} عددونه دلته ولیکئ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le code marche pendant 1 minute.</source>
        <translation>کوډ 1 دقیقه کار کوي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le code marche pendant {m} minutes.</source>
        <translation>کوډ {m} دقیقې کار کوي.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ouvrir la boîte d&apos;entraînement</source>
        <translation>د تمرین بکس پرانیزئ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ouvrir ma boîte e-mail</source>
        <translation>خپل ایمیل بکس پرانیزئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code à {n} chiffres</source>
        <translation>{n} عددي کوډ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« Spam » ou « Courrier indésirable »</source>
        <translation>‏« Spam » یا « Courrier indésirable » (ناغوښتي پیغامونه)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pas de message ? Attendez 2 ou 3 minutes. Regardez aussi dans le dossier des messages indésirables : {folder}</source>
        <translation>پیغام نشته؟ 2 یا 3 دقیقې صبر وکړئ. د ناغوښتو پیغامونو په فولډر کې هم وګورئ: {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je ne peux pas ouvrir cette boîte</source>
        <translation>زه دا بکس نشم پرانیستلای</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Écrivez d&apos;abord les {n} chiffres du code.</source>
        <translation>لومړی د کوډ {n} عددونه ولیکئ.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Vérification du code…</source>
        <translation>کوډ کتل کېږي…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Trop d&apos;essais avec ce code. Par sécurité, il ne marche plus. Demandez un nouveau code avec le bouton ci-dessous.</source>
        <translation>د دې کوډ سره ډېرې هڅې وشوې. د خوندیتوب لپاره، نور کار نه کوي. د لاندې تڼۍ په مرسته نوی کوډ وغواړئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trop d&apos;essais avec ce code. Par sécurité, il ne marche plus. Vous pourrez demander un nouveau code dans {n} secondes.</source>
        <translation>د دې کوډ سره ډېرې هڅې وشوې. د خوندیتوب لپاره، نور کار نه کوي. تاسو کولای شئ {n} ثانیو وروسته نوی کوډ وغواړئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trop d&apos;essais avec ce code. Par sécurité, il ne marche plus. Vous pourrez demander un nouveau code dans {n} minutes.</source>
        <translation>د دې کوډ سره ډېرې هڅې وشوې. د خوندیتوب لپاره، نور کار نه کوي. تاسو کولای شئ {n} دقیقو وروسته نوی کوډ وغواړئ.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Envoi d&apos;un nouveau code…</source>
        <translation>نوی کوډ لېږل کېږي…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Un nouveau code est parti. Prenez le message le plus récent : l&apos;ancien code ne marche plus.</source>
        <translation>نوی کوډ ولېږل شو. تر ټولو نوی پیغام وګورئ: زوړ کوډ نور کار نه کوي.</translation>
    </message>
</context>
<context>
    <name>EmailQuestionPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/email_question.py" line="+19"/>
        <source>Avez-vous une adresse e-mail ?</source>
        <translation>ایا تاسو ایمیل پته لرئ؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Oui, j&apos;ai une adresse et je peux l&apos;ouvrir</source>
        <translation>هو، زه پته لرم او پرانیستلای یې شم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non, je n&apos;ai pas d&apos;adresse</source>
        <translation>نه، زه پته نه لرم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je ne sais pas</source>
        <translation>نه پوهېږم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avez-vous une adresse e-mail personnelle que vous pouvez ouvrir aujourd&apos;hui ?</source>
        <translation>ایا تاسو شخصي ایمیل پته لرئ چې نن یې پرانیستلای شئ؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le compte ameli a besoin d&apos;une adresse e-mail qui n&apos;est qu&apos;à vous. Vous recevrez un message dessus, et il faudra l&apos;ouvrir aujourd&apos;hui.</source>
        <translation>د ameli حساب داسې ایمیل پتې ته اړتیا لري چې یوازې ستاسو وي. تاسو به پرې یو پیغام ترلاسه کړئ، او نن به یې پرانیزئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Une adresse e-mail ressemble à ceci : prenom.nom@exemple.fr. Si vous ne savez pas, ce n&apos;est pas grave : nous allons en créer une ensemble, gratuitement. Appuyez sur « Continuer ».</source>
        <translation>ایمیل پته داسې ښکاري: prenom.nom@exemple.fr. که نه پوهېږئ، کومه خبره نه ده: موږ به یې یو ځای، وړیا جوړه کړو. پر « دوام ورکړئ » کلیک وکړئ.</translation>
    </message>
</context>
<context>
    <name>EmailSeenPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/email_seen.py" line="+24"/>
        <source>Ouvrez votre boîte e-mail</source>
        <translation>خپل ایمیل بکس پرانیزئ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Je vois un message de bienvenue</source>
        <translation>د ښه راغلاست یو پیغام وینم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je vois la liste des dossiers (Boîte de réception…)</source>
        <translation>د فولډرونو لړ وینم (« Boîte de réception »: راغلي پیغامونه…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je n&apos;arrive pas à l&apos;ouvrir</source>
        <translation>زه یې نشم پرانیستلای</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ouvrez maintenant la boîte de {address}. Que voyez-vous ?</source>
        <translation>اوس د {address} بکس پرانیزئ. څه وینئ؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ouvrez-la sur cet ordinateur ou sur votre téléphone. Il faut le mot de passe de la boîte e-mail.</source>
        <translation>په دې کمپیوټر یا په خپل ټیلیفون کې یې پرانیزئ. د ایمیل بکس پټنوم ته اړتیا ده.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aidant ne peut pas vérifier votre boîte e-mail. La vraie preuve viendra à la fin : le message d&apos;ameli arrivera dans cette boîte.</source>
        <translation>‏Aidant ستاسو ایمیل بکس نشي کتلای. اصلي ثبوت به په پای کې راشي: د ameli پیغام به دې بکس ته راشي.</translation>
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
        <translation>تېروتنه</translation>
    </message>
</context>
<context>
    <name>HelpCases</name>
    <message>
        <location filename="../../aidant_app/ui/help_cases.py" line="+46"/>
        <source>Appelez le {phone} ({details}).</source>
        <translation>{phone} ته زنګ ووهئ ({details}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appelez le 36 46.</source>
        <translation>36 46 ته زنګ ووهئ.</translation>
    </message>
    <message>
        <location filename="../../build/lupdate/help_cases.py" line="-36"/>
        <source>J&apos;ai oublié l&apos;adresse e-mail donnée à l&apos;Assurance Maladie</source>
        <translation>هغه ایمیل پته مې هېره شوې چې Assurance Maladie ته مې ورکړې وه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mon adresse est déjà utilisée pour un autre compte ameli</source>
        <translation>زما پته دمخه د بل ameli حساب لپاره کارول شوې</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce n&apos;est pas possible : chaque compte ameli a sa propre adresse e-mail, personnelle. Un couple ne peut pas partager une adresse. Créez une adresse pour cette personne (voir plus bas).</source>
        <translation>دا نه کېږي: هر ameli حساب خپله شخصي ایمیل پته لري. ښځه او مېړه نشي کولای یوه پته شریکه وکاروي. د دې کس لپاره یوه پته جوړه کړئ (لاندې وګورئ).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je n&apos;ai pas d&apos;adresse e-mail</source>
        <translation>زه ایمیل پته نه لرم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce n&apos;est pas grave. L&apos;application vous aide à en créer une, gratuite, ici même. Il faut qu&apos;elle marche avant de créer le compte ameli.</source>
        <translation>کومه خبره نه ده. اپلیکېشن تاسو سره همدلته د یوې وړیا پتې په جوړولو کې مرسته کوي. د ameli حساب له جوړولو مخکې باید دا پته کار وکړي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je ne trouve pas le message</source>
        <translation>پیغام نه مومم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendez 2 ou 3 minutes. Regardez dans le dossier « Spam » ou « Courrier indésirable » de votre boîte e-mail. Vérifiez l&apos;adresse écrite. À l&apos;étape Activation, le bouton « Renvoyer le message » en envoie un nouveau.</source>
        <translation>2 یا 3 دقیقې صبر وکړئ. د خپل ایمیل بکس په « Spam » یا « Courrier indésirable » (ناغوښتي پیغامونه) فولډر کې وګورئ. لیکل شوې پته وګورئ. د فعالولو په ګام کې، د « پیغام بیا ولېږئ » تڼۍ یو نوی پیغام لېږي.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Solidarité Numérique répond au {solidarite}, du lundi au vendredi, de 9 h à 18 h. Vous pouvez aussi voir un « conseiller numérique » près de chez vous. Vous en trouvez par exemple dans une maison France Services.</source>
        <translation>‏Solidarité Numérique په {solidarite} ځواب ورکوي، له دوشنبې تر جمعې، له 9 بجو تر 18 بجو. تاسو کولای شئ خپل کور ته نږدې له یو « conseiller numérique » (د کمپیوټر مرستندوی) سره هم ووینئ. د بېلګې په توګه، هغوی د France Services په یوه دفتر کې مومئ.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Le lien du message ne marche plus</source>
        <translation>د پیغام لینک نور کار نه کوي</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>{phone_line}
Depuis l&apos;étranger : {abroad}. Vérifiez ce numéro sur ameli.fr.
Ayez votre carte Vitale ou votre RIB (la feuille de votre banque) près de vous. On vous pose des questions pour vérifier que c&apos;est bien vous.</source>
        <translation>{phone_line}
له بهرني هېواد څخه: {abroad}. دا شمېره په ameli.fr کې وګورئ.
خپل carte Vitale کارت یا خپل RIB (ستاسو د بانک پاڼه) له ځان سره ولرئ. له تاسو به پوښتنې وشي، چې وګوري دا په رښتیا تاسو یاست.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Un lien sert une seule fois et pendant un temps limité. À l&apos;étape Activation, demandez un nouveau message. Utilisez toujours le message le plus récent : les anciens liens ne marchent plus.</source>
        <translation>یو لینک یوازې یو ځل او د لږ وخت لپاره کار کوي. د فعالولو په ګام کې، نوی پیغام وغواړئ. تل تر ټولو نوی پیغام وکاروئ: زاړه لینکونه نور کار نه کوي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je voudrais de l&apos;aide près de chez moi</source>
        <translation>غواړم چې خپل کور ته نږدې مرسته ومومم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;application n&apos;arrive pas à joindre le service</source>
        <translation>اپلیکېشن له خدمت سره نشي نښلېدای</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vérifiez que l&apos;ordinateur est connecté à internet (Wi-Fi ou câble). Puis appuyez sur « Réessayer ». Ce que vous avez écrit est gardé. Si cela continue, demandez à la personne qui s&apos;occupe des ordinateurs.</source>
        <translation>وګورئ چې کمپیوټر له انټرنېټ سره نښلول شوی دی (Wi-Fi یا کېبل). بیا پر « بیا هڅه وکړئ » کلیک وکړئ. هغه څه چې تاسو لیکلي، ساتل کېږي. که داسې دوام وکړي، له هغه کس څخه پوښتنه وکړئ چې د کمپیوټرونو پاملرنه کوي.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../aidant_app/ui/help_dialog.py" line="+104"/>
        <source>Choisissez d&apos;abord qui utilise l&apos;application, sur la première page.</source>
        <translation>لومړی په لومړۍ پاڼه کې وټاکئ چې څوک اپلیکېشن کاروي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connectez-vous d&apos;abord et cochez l&apos;accord de la personne, sur la première page.</source>
        <translation>لومړی ننوځئ او په لومړۍ پاڼه کې د کس د موافقې خانه په نښه کړئ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Aidant – j&apos;ai un problème</source>
        <translation>Aidant – زه ستونزه لرم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les réponses de l&apos;aide</source>
        <translation>د مرستې ځوابونه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez ce qui vous arrive. Chaque réponse dit quoi faire. Ce que vous avez écrit reste dans l&apos;application.</source>
        <translation>هغه څه وټاکئ چې تاسو ته پېښ شوي. هر ځواب وايي چې څه وکړئ. هغه څه چې تاسو لیکلي، په اپلیکېشن کې پاتې کېږي.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Créer une adresse e-mail maintenant</source>
        <translation>همدا اوس ایمیل پته جوړه کړئ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fermer l&apos;aide</source>
        <translation>مرسته بنده کړئ</translation>
    </message>
</context>
<context>
    <name>HelperSignIn</name>
    <message>
        <location filename="../../aidant_app/ui/helper_signin.py" line="+168"/>
        <source>Connexion de l&apos;aidant…</source>
        <translation>مرستندوی ننوځي…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Déconnexion…</source>
        <translation>وتل کېږي…</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Pour garder votre connexion, l&apos;application la range dans le Gestionnaire d&apos;identification de Windows. Elle reste sur cet ordinateur. Aucune fenêtre ne s&apos;ouvre.</source>
        <translation>د دې لپاره چې ستاسو ننوتل وساتي، اپلیکېشن یې د Windows په « Gestionnaire d&apos;identification » (د پټنومونو ساتونکی) کې ږدي. دا په همدې کمپیوټر پاتې کېږي. هېڅ کړکۍ نه پرانیستل کېږي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pour garder votre connexion, l&apos;application la range dans le trousseau de votre Mac. Le trousseau est l&apos;endroit où le Mac garde les mots de passe. Le Mac peut demander l&apos;accès au trousseau. Tapez alors le mot de passe de votre session Mac. Puis cliquez sur « Toujours autoriser ».</source>
        <translation>د دې لپاره چې ستاسو ننوتل وساتي، اپلیکېشن یې ستاسو د Mac د پټنومونو په ساتونکي (« trousseau ») کې ږدي. دا هغه ځای دی چې Mac پکې پټنومونه ساتي. ښايي Mac د دې ساتونکي د کارولو اجازه وغواړي. بیا د خپل Mac د ناستې پټنوم ولیکئ. بیا پر « Toujours autoriser » (تل اجازه ورکړئ) کلیک وکړئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour garder votre connexion, l&apos;application la range dans le trousseau de l&apos;ordinateur. Le trousseau est l&apos;endroit où l&apos;ordinateur garde les mots de passe. Une fenêtre de l&apos;ordinateur peut s&apos;ouvrir, parfois en anglais (« Choose password for new keyring »). C&apos;est le trousseau : choisissez un mot de passe pour lui. Ou bien, appuyez sur « Cancel » pour ne pas garder la connexion.</source>
        <translation>د دې لپاره چې ستاسو ننوتل وساتي، اپلیکېشن یې د کمپیوټر د پټنومونو په ساتونکي (trousseau) کې ږدي. دا هغه ځای دی چې کمپیوټر پکې پټنومونه ساتي. ښايي د کمپیوټر یوه کړکۍ پرانیستل شي، ځینې وخت په انګرېزي (« Choose password for new keyring »). دا د پټنومونو ساتونکی دی: د هغه لپاره یو پټنوم وټاکئ. یا، پر « Cancel » کلیک وکړئ چې ننوتل ونه ساتل شي.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>✔ Connexion réussie : {name}. L&apos;ordinateur garde la connexion dans son trousseau.</source>
        <translation>✔ ننوتل بریالي شول: {name}. کمپیوټر ننوتل د خپلو پټنومونو په ساتونکي کې ساتي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ Connexion réussie : {name}. L&apos;application oubliera la connexion quand vous la fermerez.</source>
        <translation>✔ ننوتل بریالي شول: {name}. کله چې اپلیکېشن بند کړئ، اپلیکېشن به ننوتل هېر کړي.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connexion de l&apos;aidant (vous, pas la personne)</source>
        <translation>د مرستندوي ننوتل (تاسو، نه هغه کس چې مرسته ورسره کوئ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour vous entraîner, l&apos;identifiant est « {login} ». Le mot de passe est « {password} ».</source>
        <translation>د تمرین لپاره، د ننوتلو نوم « {login} » دی. پټنوم « {password} » دی.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiant de l&apos;aidant</source>
        <translation>د مرستندوي د ننوتلو نوم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mot de passe de l&apos;aidant</source>
        <translation>د مرستندوي پټنوم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cacher</source>
        <translation>پټ یې کړئ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afficher</source>
        <translation>وښایاست</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cacher le mot de passe</source>
        <translation>پټنوم پټ کړئ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afficher le mot de passe</source>
        <translation>پټنوم وښایاست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Garder la connexion sur cet ordinateur</source>
        <translation>ننوتل په دې کمپیوټر کې وساتئ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Se connecter</source>
        <translation>ننوځئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Se déconnecter</source>
        <translation>ووځئ</translation>
    </message>
</context>
<context>
    <name>IdleDialog</name>
    <message>
        <location filename="../../aidant_app/ui/idle.py" line="+84"/>
        <source>Aidant – êtes-vous encore là ?</source>
        <translation>Aidant – ایا تاسو لا دلته یاست؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personne n&apos;a touché l&apos;ordinateur depuis un moment. Le compte ameli est créé. Vous n&apos;avez pas enregistré l&apos;aide-mémoire. Si l&apos;application efface tout, il faudra ce code de reprise pour revenir : {code}. Notez-le, ou appuyez sur le bouton pour continuer.</source>
        <translation>څه وخت کېږي چې چا کمپیوټر نه دی لمس کړی. ameli حساب جوړ شوی. تاسو یادښت پاڼه نه ده خوندي کړې. که اپلیکېشن هر څه پاک کړي، د بېرته راتګ لپاره به دا د بیا پیل کوډ ته اړتیا وي: {code}. دا کوډ ولیکئ، یا د دوام لپاره پر تڼۍ کلیک وکړئ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personne n&apos;a touché l&apos;ordinateur depuis un moment. Pour protéger la personne, l&apos;application va effacer tout ce que vous avez écrit. Appuyez sur le bouton pour continuer.</source>
        <translation>څه وخت کېږي چې چا کمپیوټر نه دی لمس کړی. د کس د ساتنې لپاره، اپلیکېشن به هر هغه څه پاک کړي چې تاسو لیکلي. د دوام لپاره پر تڼۍ کلیک وکړئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effacement dans 1 seconde</source>
        <translation>1 ثانیه کې پاکېږي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effacement dans {n} secondes</source>
        <translation>{n} ثانیو کې پاکېږي</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Je suis encore là</source>
        <translation>زه لا دلته یم</translation>
    </message>
</context>
<context>
    <name>IdleWatcher</name>
    <message>
        <location line="+100"/>
        <source>L&apos;application a tout effacé. Personne n&apos;avait utilisé l&apos;ordinateur depuis longtemps. Un compte ameli attendait le clic sur le lien. Pour le retrouver, appuyez sur « J&apos;ai un code de reprise ». Ensuite, écrivez le code de reprise.</source>
        <translation>اپلیکېشن هر څه پاک کړل. له ډېر وخت راهیسې چا کمپیوټر نه و کارولی. یو ameli حساب په دې تمه و چې پر لینک کلیک وشي. د هغه د موندلو لپاره، پر « زه د بیا پیل کوډ لرم » کلیک وکړئ. بیا د بیا پیل کوډ ولیکئ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L&apos;application a tout effacé. Personne n&apos;avait utilisé l&apos;ordinateur depuis longtemps. Cela protège la personne accompagnée. Vous pouvez recommencer.</source>
        <translation>اپلیکېشن هر څه پاک کړل. له ډېر وخت راهیسې چا کمپیوټر نه و کارولی. دا هغه کس ساتي چې مرسته ورسره کېږي. تاسو کولای شئ له سره پیل وکړئ.</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <location filename="../../aidant_app/ui/inbox_dialog.py" line="+144"/>
        <source>Boîte e-mail d&apos;entraînement</source>
        <translation>د تمرین ایمیل بکس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voici votre boîte e-mail d&apos;entraînement : {address}. Pour l&apos;ouvrir, écrivez le mot de passe que vous avez choisi. C&apos;est comme sur le vrai site de votre boîte e-mail.</source>
        <translation>دا ستاسو د تمرین ایمیل بکس دی: {address}. د پرانیستلو لپاره، هغه پټنوم ولیکئ چې تاسو ټاکلی. دا د خپل ایمیل بکس د رښتینې ویب پاڼې په څېر دی.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voici les messages reçus par {address}. En vrai, vous les lirez sur le site de votre boîte e-mail.</source>
        <translation>دا هغه پیغامونه دي چې {address} ترلاسه کړي. په رښتیا، تاسو به یې د خپل ایمیل بکس پر ویب پاڼه ولولئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mot de passe de la boîte e-mail</source>
        <translation>د ایمیل بکس پټنوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir la boîte</source>
        <translation>بکس پرانیزئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir le lien du message</source>
        <translation>د پیغام لینک پرانیزئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copier le lien</source>
        <translation>لینک کاپي کړئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voir les nouveaux messages</source>
        <translation>نوي پیغامونه وګورئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fermer</source>
        <translation>بند یې کړئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages reçus, le plus récent en premier</source>
        <translation>راغلي پیغامونه، تر ټولو نوی لومړی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texte du message</source>
        <translation>د پیغام متن</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Écrivez d&apos;abord le mot de passe.</source>
        <translation>لومړی پټنوم ولیکئ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ouverture de la boîte…</source>
        <translation>بکس پرانیستل کېږي…</translation>
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
        <translation>{subject}، {time}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>1 message.</source>
        <translation>1 پیغام.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} messages. Le plus récent est en haut.</source>
        <translation>{count} پیغامونه. تر ټولو نوی پورته دی.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aucun message pour l&apos;instant. Attendez un peu, puis appuyez sur « Voir les nouveaux messages ».</source>
        <translation>تر اوسه هېڅ پیغام نشته. لږ صبر وکړئ، بیا پر « نوي پیغامونه وګورئ » کلیک وکړئ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>⚠ Ce mot de passe n&apos;est pas le bon. Regardez la feuille où vous l&apos;avez écrit. Vérifiez les majuscules, puis réessayez.</source>
        <translation>⚠ دا پټنوم سم نه دی. هغه پاڼه وګورئ چې پټنوم مو پرې لیکلی. لوی توري (A B C) وګورئ، بیا بیا هڅه وکړئ.</translation>
    </message>
</context>
<context>
    <name>JourneyPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/base.py" line="+199"/>
        <source>Arrêter</source>
        <translation>ودروئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrêter la lecture</source>
        <translation>لوستل ودروئ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pas de voix en {language}. Écouter en français</source>
        <translation>په {language} ژبه غږ نشته. په فرانسوي واورئ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Écouter : pas de voix sur cet ordinateur</source>
        <translation>اورېدل: په دې کمپیوټر کې غږ نشته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Écouter</source>
        <translation>واورئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Écouter la page</source>
        <translation>پاڼه واورئ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Répéter</source>
        <translation>تکرار کړئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Répéter la phrase</source>
        <translation>جمله تکرار کړئ</translation>
    </message>
</context>
<context>
    <name>MailboxChoicePage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/mailbox_choice.py" line="+55"/>
        <source>Créer une boîte e-mail gratuite</source>
        <translation>وړیا ایمیل بکس جوړ کړئ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pas de souci : une boîte e-mail se crée gratuitement, en quelques minutes. Choisissez où la créer.</source>
        <translation>اندېښنه مه کوئ: ایمیل بکس وړیا او په څو دقیقو کې جوړېږي. وټاکئ چې چېرته یې جوړ کړئ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le plus simple</source>
        <translation>تر ټولو اسانه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} : votre adresse finira par @{domain}. Elle se crée ici même, sans quitter cette fenêtre.</source>
        <translation>{name}: ستاسو پته به په ⁦@{domain}⁩ پای ته ورسېږي. همدلته جوړېږي، پرته له دې چې دا کړکۍ پرېږدئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Créer une boîte ici, tout de suite</source>
        <translation>همدلته، همدا اوس یو بکس جوړ کړئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ou bien, chez un fournisseur gratuit</source>
        <translation>یا، د یوه وړیا شرکت سره</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisissez un fournisseur gratuit</source>
        <translation>یو وړیا شرکت وټاکئ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Créer une adresse {name}</source>
        <translation>د {name} پته جوړه کړئ</translation>
    </message>
</context>
<context>
    <name>MailboxLifePage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/mailbox_life.py" line="+65"/>
        <source>Gardez votre boîte e-mail pour toujours</source>
        <translation>خپل ایمیل بکس د تل لپاره وساتئ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ameli vous envoie parfois un code à cette adresse. C&apos;est quand vous vous connectez sur un nouvel appareil. Et le service e-mail peut fermer une boîte que personne n&apos;ouvre. Alors, ouvrez votre boîte de temps en temps.</source>
        <translation>‏ameli ځینې وخت دې پتې ته یو کوډ لېږي. دا هغه وخت دی چې تاسو په نوي وسیله ننوځئ. او د ایمیل شرکت هغه بکس بندولای شي چې هېڅوک یې نه پرانیزي. نو، خپل بکس کله ناکله پرانیزئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votre adresse : {address}</source>
        <translation>ستاسو پته: {address}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cochez ce qui est fait</source>
        <translation>هغه څه په نښه کړئ چې شوي دي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;ai mis ma boîte e-mail sur mon téléphone</source>
        <translation>ما خپل ایمیل بکس په خپل ټیلیفون کې واچاوه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sur votre téléphone, installez l&apos;application de votre boîte e-mail. Ou ouvrez sa page sur internet.</source>
        <translation>په خپل ټیلیفون کې د خپل ایمیل بکس اپلیکېشن نصب کړئ. یا یې پاڼه په انټرنېټ کې پرانیزئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ouvrir ma boîte e-mail</source>
        <translation>خپل ایمیل بکس پرانیزئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code QR de votre boîte e-mail en ligne</source>
        <translation>په انټرنېټ کې ستاسو د ایمیل بکس QR کوډ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ou scannez ce code avec l&apos;appareil photo de votre téléphone.</source>
        <translation>یا دا کوډ د خپل ټیلیفون په کمرې سکن کړئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;ai ajouté un numéro de téléphone ou une autre adresse de secours</source>
        <translation>ما د ټیلیفون شمېره یا بله احتیاطي پته ور زیاته کړه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dans les paramètres de votre boîte e-mail, ajoutez votre numéro de téléphone. Il sert si vous oubliez le mot de passe.</source>
        <translation>د خپل ایمیل بکس په تنظیماتو کې، خپله د ټیلیفون شمېره ور زیاته کړئ. که پټنوم مو هېر شي، په کار درځي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;écris le mot de passe de ma boîte e-mail sur l&apos;aide-mémoire</source>
        <translation>زه د خپل ایمیل بکس پټنوم پر یادښت پاڼه لیکم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;aide-mémoire a une ligne pour lui. Ce n&apos;est pas le mot de passe ameli.</source>
        <translation>یادښت پاڼه د دې لپاره یوه کرښه لري. دا د ameli پټنوم نه دی.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Je me connecte à ma boîte avant le {date}</source>
        <translation>زه له {date} مخکې خپل بکس ته ننوځم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rule} Connectez-vous avant cette date, puis souvent.</source>
        <translation>{rule} له دې نېټې مخکې ننوځئ، بیا ډېر ځله.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>J&apos;ouvre ma boîte e-mail souvent, par exemple chaque mois</source>
        <translation>زه خپل ایمیل بکس ډېر ځله پرانیزم، لکه هره میاشت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nous ne connaissons pas la règle de votre fournisseur. Ouvrez votre boîte souvent : elle reste ainsi active.</source>
        <translation>موږ ستاسو د شرکت قاعده نه پېژنو. خپل بکس ډېر ځله پرانیزئ: داسې فعال پاتې کېږي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette règle n&apos;est pas sûre : elle vient d&apos;anciennes conditions. Connectez-vous plus souvent pour être tranquille.</source>
        <translation>دا قاعده ډاډمنه نه ده: له زړو شرطونو څخه راغلې. د ډاډ لپاره ډېر ځله ننوځئ.</translation>
    </message>
</context>
<context>
    <name>MailboxProviderPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/mailbox_provider.py" line="+67"/>
        <source>Créer une boîte e-mail</source>
        <translation>ایمیل بکس جوړ کړئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Créer une adresse {name}</source>
        <translation>د {name} پته جوړه کړئ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attention</source>
        <translation>پام وکړئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les étapes</source>
        <translation>ګامونه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir la page d&apos;inscription</source>
        <translation>د نوم لیکنې پاڼه پرانیزئ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votre mot de passe</source>
        <translation>ستاسو پټنوم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conseils pour choisir le mot de passe</source>
        <translation>د پټنوم د ټاکلو لارښوونې</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Ce que le site peut vous demander</source>
        <translation>هغه څه چې ویب پاڼه یې ښايي له تاسو وغواړي</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ou bien, scannez ce code avec l&apos;appareil photo de votre téléphone. Vous ferez l&apos;inscription sur le téléphone.</source>
        <translation>یا، دا کوډ د خپل ټیلیفون په کمرې سکن کړئ. تاسو به نوم لیکنه په ټیلیفون کې وکړئ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>J&apos;ai écrit mon mot de passe sur une feuille que je garde</source>
        <translation>ما خپل پټنوم پر یوه پاڼه لیکلی چې ساتم یې</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;ai pu ouvrir ma nouvelle boîte e-mail</source>
        <translation>ما وکولای شول خپل نوی ایمیل بکس پرانیزم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code QR de la page d&apos;inscription</source>
        <translation>د نوم لیکنې پاڼې QR کوډ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>J&apos;ai créé ma boîte : écrire l&apos;adresse</source>
        <translation>ما خپل بکس جوړ کړ: پته ولیکم</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cochez d&apos;abord les 2 cases, quand c&apos;est fait.</source>
        <translation>کله چې کار وشو، لومړی دواړه خانې په نښه کړئ.</translation>
    </message>
</context>
<context>
    <name>MailboxServicePage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/mailbox_service.py" line="+99"/>
        <location line="+63"/>
        <source>Question {n} sur {total}</source>
        <translation>پوښتنه {n} له {total} څخه</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Créer votre boîte e-mail</source>
        <translation>خپل ایمیل بکس جوړ کړئ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} : votre boîte se crée ici. Écrivez votre prénom et votre nom, puis choisissez un mot de passe.</source>
        <translation>{name}: ستاسو بکس همدلته جوړېږي. خپل نوم او کورنی نوم ولیکئ، بیا یو پټنوم وټاکئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prénom</source>
        <translation>نوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom</source>
        <translation>کورنی نوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse souhaitée (facultatif)</source>
        <translation>هغه پته چې غواړئ یې (اختیاري)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laissez vide : nous proposerons prénom.nom</source>
        <translation>تش یې پرېږدئ: موږ به prenom.nom وړاندې کړو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cette adresse est déjà prise. Vous pouvez choisir une de celles-ci :</source>
        <translation>دا پته بل چا اخیستې. تاسو کولای شئ له دې پتو څخه یوه وټاکئ:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conseils pour choisir le mot de passe</source>
        <translation>د پټنوم د ټاکلو لارښوونې</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de passe de la boîte e-mail</source>
        <translation>د ایمیل بکس پټنوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;ai écrit mon mot de passe sur une feuille que je garde</source>
        <translation>ما خپل پټنوم پر یوه پاڼه لیکلی چې ساتم یې</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Créer ma boîte</source>
        <translation>خپل بکس جوړ کړئ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Écrivez d&apos;abord le prénom et le nom.</source>
        <translation>لومړی نوم او کورنی نوم ولیکئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisissez d&apos;abord un mot de passe qui respecte toutes les règles.</source>
        <translation>لومړی داسې پټنوم وټاکئ چې ټولې قاعدې پوره کړي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cochez d&apos;abord la case : j&apos;ai écrit mon mot de passe.</source>
        <translation>لومړی خانه په نښه کړئ: ما خپل پټنوم لیکلی.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Création de votre boîte e-mail…</source>
        <translation>ستاسو ایمیل بکس جوړېږي…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../aidant_app/ui/window.py" line="+278"/>
        <source>Continuer</source>
        <translation>دوام ورکړئ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pour continuer, répondez d&apos;abord aux questions de cette page.</source>
        <translation>د دوام لپاره، لومړی د دې پاڼې پوښتنو ته ځواب ورکړئ.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{title} – {step}</source>
        <translation>{title} – {step}</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Aidant – adresse e-mail et compte ameli</source>
        <translation>Aidant – ایمیل پته او ameli حساب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode entraînement : personnes fictives, aucun vrai compte n&apos;est créé</source>
        <translation>د تمرین حالت: خیالي کسان، هېڅ رښتینی حساب نه جوړېږي</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Retour</source>
        <translation>شاته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;ai un problème</source>
        <translation>زه ستونزه لرم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;ai un problème : aide</source>
        <translation>زه ستونزه لرم: مرسته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personne suivante</source>
        <translation>بل کس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personne suivante : tout effacer</source>
        <translation>بل کس: هر څه پاک کړئ</translation>
    </message>
</context>
<context>
    <name>Memo</name>
    <message>
        <location filename="../../aidant_app/ui/memo.py" line="+37"/>
        <source>Aide-mémoire : mon compte ameli</source>
        <translation>یادښت پاڼه: زما ameli حساب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>J&apos;ai créé mon compte moi-même, sur le site officiel ameli, avec l&apos;aide d&apos;Aidant.</source>
        <translation>ما خپل حساب پخپله جوړ کړ، د ameli پر رسمي ویب پاڼه، د Aidant په مرسته.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mon identifiant ameli</source>
        <translation>زما د ameli د ننوتلو شمېره</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Les chiffres cachés (•) sont sur ma carte Vitale.</source>
        <translation>پټ عددونه (•) زما پر carte Vitale کارت دي.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mon adresse e-mail</source>
        <translation>زما ایمیل پته</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>J&apos;ouvre ma boîte e-mail sur : {url}</source>
        <translation>زه خپل ایمیل بکس دلته پرانیزم: {url}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mon mot de passe ameli (à écrire à la main)</source>
        <translation>زما د ameli پټنوم (په لاس یې ولیکم)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le mot de passe de ma boîte e-mail (à écrire à la main)</source>
        <translation>زما د ایمیل بکس پټنوم (په لاس یې ولیکم)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ce que je fais ensuite</source>
        <translation>هغه څه چې وروسته یې کوم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mon compte n&apos;est pas encore activé. J&apos;ouvre le message reçu dans ma boîte e-mail et je clique sur le lien. Sur la page qui s&apos;ouvre, j&apos;appuie sur « Confirmer mon adresse ».</source>
        <translation>زما حساب لا فعال شوی نه دی. زه هغه پیغام پرانیزم چې زما ایمیل بکس ته راغلی، او پر لینک کلیک کوم. په هغه پاڼه چې پرانیستل کېږي، پر « Confirmer mon adresse » (زما پته تایید کړئ) کلیک کوم.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Dossier copié sur Internet</source>
        <translation>په انټرنېټ کې کاپي شوی فولډر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce dossier est copié sur Internet par {service}. L&apos;aide-mémoire sera aussi sur ce compte {service}.</source>
        <translation>دا فولډر د {service} له خوا په انټرنېټ کې کاپي کېږي. یادښت پاڼه به د {service} په دې حساب کې هم وي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer ici</source>
        <translation>دلته یې خوندي کړئ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisir un autre dossier</source>
        <translation>بل فولډر وټاکئ</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Je garde cette feuille chez moi, en lieu sûr, jamais avec ma carte Vitale.</source>
        <translation>زه دا پاڼه په کور کې، په خوندي ځای کې ساتم، هېڅکله د خپل carte Vitale کارت سره نه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;Assurance Maladie ne me demandera jamais mon mot de passe par e-mail ni par téléphone.</source>
        <translation>‏Assurance Maladie به هېڅکله زما پټنوم په ایمیل یا ټیلیفون کې ونه غواړي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../aidant_app/ui/memo_steps.py" line="+29"/>
        <source>Pour avoir de l&apos;aide</source>
        <translation>د مرستې لپاره</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Solidarité Numérique, aide par téléphone pour les démarches en ligne : {phone}, du lundi au vendredi, de 9 h à 18 h.</source>
        <translation>‏Solidarité Numérique، د انټرنېټي چارو لپاره د ټیلیفون له لارې مرسته: {phone}، له دوشنبې تر جمعې، له 9 بجو تر 18 بجو.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Je me connecte à ma boîte e-mail avant le {date}, puis souvent. {rule}</source>
        <translation>زه له {date} مخکې خپل ایمیل بکس ته ننوځم، بیا ډېر ځله. {rule}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Aide-mémoire</source>
        <translation>یادښت پاڼه</translation>
    </message>
    <message>
        <location line="+52"/>
        <location filename="../../aidant_app/ui/memo_steps.py" line="+16"/>
        <source>Enregistrer l&apos;aide-mémoire</source>
        <translation>یادښت پاڼه خوندي کړئ</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>aide-memoire-ameli.pdf</source>
        <translation>aide-memoire-ameli.pdf</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Entraînement : personne fictive. Ce n&apos;est pas un vrai compte.</source>
        <translation>تمرین: خیالي کس. دا رښتینی حساب نه دی.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&apos;est ce que j&apos;écris pour me connecter. Ce sont les 13 premiers chiffres de mon numéro de sécurité sociale. Il est sur ma carte Vitale.</source>
        <translation>دا هغه څه دي چې د ننوتلو لپاره یې لیکم. دا زما د ټولنیز امنیت شمېرې لومړي 13 عددونه دي. دا شمېره زما پر carte Vitale کارت ده.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Pour reprendre dans l&apos;application Aidant, j&apos;écris ma date de naissance et ce code de reprise :</source>
        <translation>په Aidant اپلیکېشن کې د بیا پیل لپاره، زه خپله د زېږېدو نېټه او دا د بیا پیل کوډ لیکم:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pour me connecter : je vais sur ameli.fr. Je choisis « Compte ameli ». Puis j&apos;écris mon identifiant et mon mot de passe.</source>
        <translation>د ننوتلو لپاره: ameli.fr ته ځم. « Compte ameli » (ameli حساب) ټاکم. بیا خپله د ننوتلو شمېره او پټنوم لیکم.</translation>
    </message>
    <message>
        <location line="+106"/>
        <location filename="../../aidant_app/ui/memo_steps.py" line="+1"/>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF سند (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../aidant_app/ui/memo_steps.py" line="-27"/>
        <source>Aide-mémoire : ce que je fais ensuite</source>
        <translation>یادښت پاڼه: هغه څه چې وروسته یې کوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fait le {date}.</source>
        <translation>په {date} جوړه شوه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Les étapes</source>
        <translation>ګامونه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le site : {url}</source>
        <translation>ویب پاڼه: {url}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>aide-memoire-etapes.pdf</source>
        <translation>aide-memoire-etapes.pdf</translation>
    </message>
</context>
<context>
    <name>MemoSteps</name>
    <message>
        <location line="+15"/>
        <source>✔ Aide-mémoire enregistré. Vous pouvez l&apos;ouvrir pour l&apos;imprimer.</source>
        <translation>✔ یادښت پاڼه خوندي شوه. تاسو کولای شئ د چاپولو لپاره یې پرانیزئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ L&apos;application n&apos;a pas pu enregistrer l&apos;aide-mémoire à cet endroit. Choisissez un autre dossier.</source>
        <translation>⚠ اپلیکېشن ونه شو کولای یادښت پاڼه په دې ځای کې خوندي کړي. بل فولډر وټاکئ.</translation>
    </message>
</context>
<context>
    <name>NextPerson</name>
    <message>
        <location filename="../../aidant_app/ui/next_person.py" line="+47"/>
        <source>Aidant – fermer</source>
        <translation>Aidant – بندول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aidant – personne suivante</source>
        <translation>Aidant – بل کس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vous n&apos;avez pas enregistré l&apos;aide-mémoire.</source>
        <translation>تاسو یادښت پاڼه نه ده خوندي کړې.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Il garde le code de reprise et les étapes suivantes. Si vous fermez Aidant maintenant, vous les perdez. Enregistrez d&apos;abord l&apos;aide-mémoire. Ou bien, fermez quand même.</source>
        <translation>په هغې کې د بیا پیل کوډ او راتلونکي ګامونه دي. که همدا اوس Aidant بند کړئ، هغه له لاسه ورکوئ. لومړی یادښت پاڼه خوندي کړئ. یا، بیا هم یې بند کړئ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Il garde le code de reprise et les étapes suivantes. Si vous effacez maintenant, vous les perdez. Enregistrez d&apos;abord l&apos;aide-mémoire. Ou bien, effacez quand même.</source>
        <translation>په هغې کې د بیا پیل کوډ او راتلونکي ګامونه دي. که همدا اوس پاک یې کړئ، هغه له لاسه ورکوئ. لومړی یادښت پاڼه خوندي کړئ. یا، بیا هم یې پاک کړئ.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Fermer quand même</source>
        <translation>بیا هم بند یې کړئ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tout effacer quand même</source>
        <translation>بیا هم هر څه پاک کړئ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revenir pour enregistrer</source>
        <translation>د خوندي کولو لپاره بېرته لاړ شئ</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <location filename="../../aidant_app/ui/next_steps.py" line="+53"/>
        <source>Vous n&apos;avez pas encore votre vrai numéro</source>
        <translation>تاسو لا خپله اصلي شمېره نه لرئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un numéro qui commence par 3, 4, 7 ou 8 est un numéro provisoire. Votre dossier est en cours. Avec ce numéro, on ne peut pas encore créer de compte ameli.</source>
        <translation>هغه شمېره چې په 3، 4، 7 یا 8 پیلېږي، لنډمهاله شمېره ده، تر هغه چې اصلي شمېره راشي. ستاسو دوسیه لا روانه ده. د دې شمېرې سره لا ameli حساب نشي جوړېدای.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gardez tous les courriers de l&apos;Assurance Maladie.</source>
        <translation>د Assurance Maladie ټول لیکونه وساتئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendez votre vrai numéro. Il commence par 1 ou 2. Il arrive par courrier.</source>
        <translation>د خپلې اصلي شمېرې انتظار وباسئ. په 1 یا 2 پیلېږي. د پوستې له لارې راځي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un numéro provisoire sert au plus 9 mois. Sans nouvelles avant la fin, appelez l&apos;Assurance Maladie.</source>
        <translation>لنډمهاله شمېره تر 9 میاشتو زیات کار نه کوي. که تر پایه خبر نه شئ، Assurance Maladie ته زنګ ووهئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quand vous avez votre vrai numéro, revenez ici pour créer votre compte.</source>
        <translation>کله چې اصلي شمېره ترلاسه کړئ، د خپل حساب جوړولو لپاره دلته بېرته راشئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour appeler, ayez près de vous vos papiers d&apos;identité et les courriers reçus.</source>
        <translation>د زنګ وهلو لپاره، خپل د هویت کاغذونه او راغلي لیکونه له ځان سره ولرئ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} : allez sur {site} et choisissez « {space} ».</source>
        <translation>{name}: {site} ته لاړ شئ او « {space} » وټاکئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce service crée les comptes pour : {names}.</source>
        <translation>دا خدمت د دوی لپاره حسابونه جوړوي: {names}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D&apos;habitude, le compte ameli sert aussi pour : {names}. Cette liste peut changer.</source>
        <translation>معمولاً، ameli حساب د دې لپاره هم کارېږي: {names}. دا لړ بدلېدای شي.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Votre régime a peut-être son propre site</source>
        <translation>ښايي ستاسو بیمه خپله ویب پاڼه ولري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le compte ameli est pour l&apos;Assurance Maladie. Certains régimes, comme la MSA (pour le monde agricole), ont leur propre site.</source>
        <translation>د ameli حساب د Assurance Maladie لپاره دی. ځینې بیمې، لکه MSA (د کرنې د خلکو لپاره)، خپله ویب پاڼه لري.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vous ne savez pas quel est votre régime ? Regardez votre attestation de droits, ou appelez l&apos;Assurance Maladie.</source>
        <translation>نه پوهېږئ چې ستاسو بیمه کومه ده؟ خپل attestation de droits (د Assurance Maladie هغه پاڼه چې ستاسو شمېره پرې لیکل شوې) وګورئ، یا Assurance Maladie ته زنګ ووهئ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Un enfant de moins de 16 ans</source>
        <translation>له 16 کلونو کم عمر ماشوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un enfant de moins de 16 ans n&apos;a pas son propre compte ameli. Il est sur le compte de son parent.</source>
        <translation>له 16 کلونو کم عمر ماشوم خپل ameli حساب نه لري. هغه د مور یا پلار په حساب کې دی.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le parent se connecte à son propre compte ameli.</source>
        <translation>مور یا پلار خپل ameli حساب ته ننوځي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Il y trouve les remboursements de l&apos;enfant.</source>
        <translation>هلته د ماشوم بېرته ورکړل شوې پیسې ویني.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À partir de 16 ans, le jeune peut demander à avoir ses propres droits. Ensuite, il peut créer son compte.</source>
        <translation>له 16 کلنۍ څخه، ځوان کولای شي خپل حقونه وغواړي. بیا کولای شي خپل حساب جوړ کړي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour appeler, le parent a près de lui sa carte Vitale et une pièce d&apos;identité.</source>
        <translation>د زنګ وهلو لپاره، مور یا پلار خپل carte Vitale کارت او د هویت پاڼه له ځان سره ولري.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Une personne sous tutelle</source>
        <translation>هغه کس چې تر سرپرستۍ لاندې دی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour une personne sous tutelle, c&apos;est le tuteur qui fait les démarches. La personne ne crée pas le compte elle-même.</source>
        <translation>د هغه کس لپاره چې تر سرپرستۍ لاندې دی، سرپرست چارې کوي. هغه کس پخپله حساب نه جوړوي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le tuteur contacte l&apos;Assurance Maladie.</source>
        <translation>سرپرست له Assurance Maladie سره اړیکه نیسي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Il montre le jugement de tutelle.</source>
        <translation>هغه د سرپرستۍ د محکمې پرېکړه ښيي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Il demande comment gérer le compte de la personne.</source>
        <translation>هغه پوښتي چې د کس حساب څنګه اداره کړي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À apporter : le jugement de tutelle et la pièce d&apos;identité du tuteur. Apportez aussi la carte Vitale de la personne.</source>
        <translation>له ځان سره راوړئ: د سرپرستۍ د محکمې پرېکړه او د سرپرست د هویت پاڼه. د کس carte Vitale کارت هم راوړئ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>J&apos;ai oublié mon mot de passe</source>
        <translation>پټنوم مې هېر شوی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vous pouvez choisir un nouveau mot de passe vous-même, sur le site ameli.</source>
        <translation>تاسو کولای شئ پخپله نوی پټنوم وټاکئ، د ameli پر ویب پاڼه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Ouvrez la page de connexion du compte ameli.</source>
        <translation>د ameli حساب د ننوتلو پاڼه پرانیزئ.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Choisissez « Mot de passe oublié ».</source>
        <translation>‏« Mot de passe oublié » (پټنوم مې هېر شوی) وټاکئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Écrivez votre numéro de sécurité sociale et votre date de naissance.</source>
        <translation>خپله د ټولنیز امنیت شمېره او د زېږېدو نېټه ولیکئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrez votre boîte e-mail. Un message arrive avec un lien.</source>
        <translation>خپل ایمیل بکس پرانیزئ. یو پیغام د لینک سره راځي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cliquez vite sur le lien : il ne marche pas longtemps.</source>
        <translation>ژر پر لینک کلیک وکړئ: ډېر وخت کار نه کوي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez un nouveau mot de passe. Écrivez-le sur votre aide-mémoire.</source>
        <translation>نوی پټنوم وټاکئ. پر خپله یادښت پاڼه یې ولیکئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À avoir près de vous : votre carte Vitale et votre boîte e-mail ouverte.</source>
        <translation>له ځان سره ولرئ: خپل carte Vitale کارت او خپل پرانیستی ایمیل بکس.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>J&apos;ai oublié mon adresse e-mail, ou elle ne marche plus</source>
        <translation>ایمیل پته مې هېره شوې، یا نور کار نه کوي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seule l&apos;Assurance Maladie peut changer l&apos;adresse de votre compte. Il faut l&apos;appeler.</source>
        <translation>یوازې Assurance Maladie کولای شي ستاسو د حساب پته بدله کړي. باید ورته زنګ ووهئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appelez l&apos;Assurance Maladie.</source>
        <translation>‏Assurance Maladie ته زنګ ووهئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dites que vous n&apos;avez plus accès à l&apos;adresse e-mail de votre compte ameli.</source>
        <translation>ووایاست چې تاسو نور د خپل ameli حساب ایمیل پتې ته لاسرسی نه لرئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donnez une adresse e-mail que vous pouvez ouvrir aujourd&apos;hui.</source>
        <translation>داسې ایمیل پته ورکړئ چې نن یې پرانیستلای شئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrez ensuite votre boîte e-mail et suivez le message reçu.</source>
        <translation>بیا خپل ایمیل بکس پرانیزئ او د راغلي پیغام لارښوونې ومنئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À avoir près de vous : votre carte Vitale ou votre RIB (la feuille de votre banque).</source>
        <translation>له ځان سره ولرئ: خپل carte Vitale کارت یا خپل RIB (ستاسو د بانک پاڼه).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Je n&apos;ai jamais activé mon compte</source>
        <translation>ما هېڅکله خپل حساب نه دی فعال کړی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le compte existe, mais personne n&apos;a cliqué sur le lien du message.</source>
        <translation>حساب شته، مګر چا د پیغام پر لینک کلیک نه دی کړی.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connectez-vous avec votre identifiant et votre mot de passe. Votre identifiant, ce sont les 13 premiers chiffres de votre numéro de sécurité sociale.</source>
        <translation>د خپلې د ننوتلو شمېرې او پټنوم سره ننوځئ. ستاسو د ننوتلو شمېره ستاسو د ټولنیز امنیت شمېرې لومړي 13 عددونه دي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le site vous renvoie un message avec un lien.</source>
        <translation>ویب پاڼه تاسو ته بیا د لینک سره یو پیغام لېږي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrez votre boîte e-mail. Pas de message ? Regardez dans le dossier des messages indésirables (Spam).</source>
        <translation>خپل ایمیل بکس پرانیزئ. پیغام نشته؟ د ناغوښتو پیغامونو په فولډر کې وګورئ (Spam).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cliquez sur le lien du message.</source>
        <translation>د پیغام پر لینک کلیک وکړئ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mon compte est bloqué</source>
        <translation>زما حساب بند شوی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Après plusieurs erreurs, le compte se bloque un moment. C&apos;est pour le protéger.</source>
        <translation>له څو تېروتنو وروسته، حساب د یو څه وخت لپاره بندېږي. دا د حساب د ساتنې لپاره دی.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&apos;essayez plus pour l&apos;instant.</source>
        <translation>اوس نوره هڅه مه کوئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendez. Le site dit parfois combien de temps.</source>
        <translation>صبر وکړئ. ویب پاڼه ځینې وخت وايي چې څومره وخت.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ensuite, ne réessayez pas l&apos;ancien mot de passe : choisissez « Mot de passe oublié » sur la page de connexion.</source>
        <translation>بیا، زوړ پټنوم بیا مه ازمویئ: د ننوتلو په پاڼه کې « Mot de passe oublié » (پټنوم مې هېر شوی) وټاکئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toujours bloqué le lendemain ? Appelez l&apos;Assurance Maladie.</source>
        <translation>بله ورځ هم بند دی؟ Assurance Maladie ته زنګ ووهئ.</translation>
    </message>
</context>
<context>
    <name>NoBrowserDialog</name>
    <message>
        <location filename="../../aidant_app/ui/desktop.py" line="+55"/>
        <source>Aidant – le navigateur ne s&apos;ouvre pas</source>
        <translation>Aidant – براوزر نه پرانیستل کېږي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le navigateur internet ne s&apos;ouvre pas. C&apos;est le programme pour aller sur internet, comme Firefox ou Edge. Copiez ce lien, puis collez-le dans votre navigateur.</source>
        <translation>د انټرنېټ براوزر نه پرانیستل کېږي. دا هغه پروګرام دی چې انټرنېټ ته پرې ځئ، لکه Firefox یا Edge. دا لینک کاپي کړئ، بیا یې په خپل براوزر کې پیسټ کړئ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copier le lien</source>
        <translation>لینک کاپي کړئ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fermer</source>
        <translation>بند یې کړئ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>✔ Lien copié. Collez-le dans les 30 secondes (Ctrl + V). Ensuite, l&apos;application l&apos;efface.</source>
        <translation>✔ لینک کاپي شو. په 30 ثانیو کې یې پیسټ کړئ (Ctrl + V). بیا اپلیکېشن یې پاکوي.</translation>
    </message>
</context>
<context>
    <name>OfficialActivationHelp</name>
    <message>
        <location filename="../../aidant_app/ui/sections/official_activation_help.py" line="+30"/>
        <source>« Spam » ou « Courrier indésirable »</source>
        <translation>‏« Spam » یا « Courrier indésirable » (ناغوښتي پیغامونه)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le message n&apos;arrive pas</source>
        <translation>پیغام نه راځي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendez 2 ou 3 minutes : un message peut mettre un peu de temps.</source>
        <translation>2 یا 3 دقیقې صبر وکړئ: پیغام ښايي لږ وخت ونیسي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regardez dans le dossier des messages indésirables : {folder}</source>
        <translation>د ناغوښتو پیغامونو په فولډر کې وګورئ: {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vérifiez que vous ouvrez la boîte de l&apos;adresse écrite sur le site ameli.</source>
        <translation>وګورئ چې تاسو د هغې پتې بکس پرانیزئ چې د ameli پر ویب پاڼه مو لیکلې.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toujours rien ? Connectez-vous sur ameli.fr avec votre numéro et votre mot de passe : le site propose d&apos;envoyer un nouveau message.</source>
        <translation>بیا هم هیڅ نشته؟ د خپلې شمېرې او پټنوم سره ameli.fr ته ننوځئ: ویب پاڼه وړاندیز کوي چې نوی پیغام ولېږي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le lien ne marche plus</source>
        <translation>لینک نور کار نه کوي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Un lien ne marche que peu de temps. Connectez-vous sur ameli.fr avec votre numéro et votre mot de passe : le site envoie un nouveau lien. Seul le lien du dernier message marche.</source>
        <translation>لینک یوازې لږ وخت کار کوي. د خپلې شمېرې او پټنوم سره ameli.fr ته ننوځئ: ویب پاڼه نوی لینک لېږي. یوازې د وروستي پیغام لینک کار کوي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le vrai message ou un faux ?</source>
        <translation>رښتینی پیغام که جعلي؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le vrai message arrive juste après la création du compte.</source>
        <translation>رښتینی پیغام د حساب له جوړېدو سمدستي وروسته راځي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le vrai lien mène à une adresse qui se termine par ameli.fr. Regardez l&apos;adresse avant de cliquer.</source>
        <translation>رښتینی لینک داسې پتې ته ځي چې په ameli.fr پای ته رسي. له کلیک مخکې پته وګورئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Il ne demande jamais votre mot de passe, ni votre carte bancaire.</source>
        <translation>هېڅکله ستاسو پټنوم یا د بانک کارت نه غواړي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un message qui vous presse (« dernier délai », « compte bloqué ») est souvent un faux.</source>
        <translation>هغه پیغام چې تاسو بیړې ته اړ باسي (« dernier délai » وروستۍ موده، « compte bloqué » حساب بند دی) ډېری وخت جعلي وي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vous êtes bloqué ?</source>
        <translation>بند پاتې یاست؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appelez l&apos;Assurance Maladie avec votre carte Vitale :</source>
        <translation>د خپل carte Vitale کارت سره Assurance Maladie ته زنګ ووهئ:</translation>
    </message>
</context>
<context>
    <name>PasswordBox</name>
    <message>
        <location filename="../../aidant_app/ui/widgets/password_box.py" line="+22"/>
        <source>Entre {low} et {high} caractères</source>
        <translation>له {low} تر {high} تورو پورې</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Au moins une minuscule (a, b, c…)</source>
        <translation>لږ تر لږه یو کوچنی توری (a, b, c…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Au moins une majuscule (A, B, C…)</source>
        <translation>لږ تر لږه یو لوی توری (A, B, C…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Au moins un chiffre (1, 2, 3…) ou un signe ({examples} …)</source>
        <translation>لږ تر لږه یو عدد (1, 2, 3…) یا یوه نښه ({examples} …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seulement des lettres sans accent, des chiffres et ces signes : {specials}</source>
        <translation>یوازې بې نښو (accent) توري، عددونه او دا نښې: {specials}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seulement des chiffres</source>
        <translation>یوازې عددونه</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Afficher le mot de passe</source>
        <translation>پټنوم وښایاست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Règles à respecter :</source>
        <translation>هغه قاعدې چې باید ومنل شي:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>✔ Fait : {rule}</source>
        <translation>✔ شوی: {rule}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✘ À faire : {rule}</source>
        <translation>✘ باید وشي: {rule}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Le mot de passe respecte toutes les règles.</source>
        <translation>پټنوم ټولې قاعدې پوره کوي.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fait : {rule}.</source>
        <translation>شوی: {rule}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>À faire : {rule}.</source>
        <translation>باید وشي: {rule}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choisissez un mot de passe facile à retenir pour vous. Il doit être difficile à deviner. Une idée : prenez 3 mots que vous aimez. Reliez-les par un signe, par exemple un tiret (-). Ajoutez une majuscule et un chiffre. N&apos;utilisez pas votre date de naissance ni votre nom. Écrivez le mot de passe sur une feuille. Gardez cette feuille chez vous, jamais avec votre carte Vitale.</source>
        <translation>داسې پټنوم وټاکئ چې تاسو ته یې په یادولو کې اسانه وي. باید په اټکل کې ګران وي. یو نظر: 3 کلمې واخلئ چې خوښې مو دي. هغه د یوې نښې سره ونښلوئ، لکه خط (-). یو لوی توری او یو عدد ور زیات کړئ. خپله د زېږېدو نېټه یا خپل نوم مه کاروئ. پټنوم پر یوه پاڼه ولیکئ. دا پاڼه په کور کې وساتئ، هېڅکله د خپل carte Vitale کارت سره نه.</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <location filename="../../build/lupdate/help_cases.py" line="+24"/>
        <source>Évitez l&apos;adresse donnée par votre fournisseur d&apos;accès à internet (Orange, SFR, Free…). Elle peut disparaître si vous changez d&apos;abonnement. Pour l&apos;Assurance Maladie, il faut une adresse qui dure.</source>
        <translation>هغه پته مه کاروئ چې ستاسو د انټرنېټ شرکت (Orange، SFR، Free…) درکړې. که خپل قرارداد بدل کړئ، ښايي له منځه لاړه شي. Assurance Maladie ته داسې پته پکار ده چې پاتې شي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avant 15 ans, la personne et un parent doivent tous les deux donner leur accord.</source>
        <translation>له 15 کلونو مخکې، کس او د هغه مور یا پلار دواړه باید موافقه وکړي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;adresse doit être personnelle. Une adresse ne peut servir que pour un seul compte ameli.</source>
        <translation>پته باید شخصي وي. یوه پته یوازې د یو ameli حساب لپاره کارېدای شي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>« Spam ». Dans la liste à gauche, cliquez sur « Plus » pour le voir.</source>
        <translation>‏« Spam » (ناغوښتي پیغامونه). په کیڼ اړخ لړ کې، د لیدلو لپاره پر « Plus » (نور) کلیک وکړئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Âge minimum en France : 15 ans. Avant 15 ans, avec l&apos;accord d&apos;un parent.</source>
        <translation>په فرانسه کې لږ تر لږه عمر: 15 کاله. له 15 کلونو مخکې، د مور یا پلار په موافقه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gardez votre téléphone portable près de vous pendant l&apos;inscription.</source>
        <translation>د نوم لیکنې پر مهال خپل ګرځنده ټیلیفون له ځان سره ولرئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appuyez sur « Ouvrir la page d&apos;inscription ». La page de Google s&apos;ouvre.</source>
        <translation>پر « د نوم لیکنې پاڼه پرانیزئ » کلیک وکړئ. د Google پاڼه پرانیستل کېږي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Écrivez votre prénom et votre nom.</source>
        <translation>خپل نوم او کورنی نوم ولیکئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Écrivez votre date de naissance.</source>
        <translation>خپله د زېږېدو نېټه ولیکئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez votre adresse : c&apos;est la partie avant @gmail.com.</source>
        <translation>خپله پته وټاکئ: دا له ⁦@gmail.com⁩ مخکې برخه ده.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acceptez les règles d&apos;utilisation. Votre boîte s&apos;ouvre.</source>
        <translation>د کارونې قاعدې ومنئ. ستاسو بکس پرانیستل کېږي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <location line="+10"/>
        <location line="+9"/>
        <source>Revenez ici et écrivez votre nouvelle adresse.</source>
        <translation>دلته بېرته راشئ او خپله نوې پته ولیکئ.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>« Spam » (ou « Courrier indésirable »), dans la liste des dossiers à gauche.</source>
        <translation>‏« Spam » (یا « Courrier indésirable ») (ناغوښتي پیغامونه)، په کیڼ اړخ د فولډرونو په لړ کې.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un mot de passe d&apos;au moins 12 caractères, avec 4 sortes de caractères : minuscule, majuscule, chiffre et signe (par exemple ! ou ?).</source>
        <translation>داسې پټنوم چې لږ تر لږه 12 توري ولري، له 4 ډوله تورو سره: کوچنی توری، لوی توری، عدد او نښه (لکه ! یا ?).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appuyez sur « Ouvrir la page d&apos;inscription ». Le site laposte.net s&apos;ouvre.</source>
        <translation>پر « د نوم لیکنې پاڼه پرانیزئ » کلیک وکړئ. د laposte.net ویب پاڼه پرانیستل کېږي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez de créer une adresse gratuite.</source>
        <translation>د وړیا پتې جوړول وټاکئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Écrivez votre prénom, votre nom et votre date de naissance.</source>
        <translation>خپل نوم، کورنی نوم او د زېږېدو نېټه ولیکئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez votre adresse : c&apos;est la partie avant @laposte.net.</source>
        <translation>خپله پته وټاکئ: دا له ⁦@laposte.net⁩ مخکې برخه ده.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminez l&apos;inscription, puis ouvrez votre boîte une première fois.</source>
        <translation>نوم لیکنه پای ته ورسوئ، بیا خپل بکس د لومړي ځل لپاره پرانیزئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« Courrier indésirable », dans la liste des dossiers à gauche.</source>
        <translation>‏« Courrier indésirable » (ناغوښتي پیغامونه)، په کیڼ اړخ د فولډرونو په لړ کې.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Google supprime un compte Gmail que personne n&apos;utilise pendant 2 ans. Il prévient avant.</source>
        <translation>Google هغه Gmail حساب پاکوي چې 2 کاله یې څوک نه کاروي. مخکې خبر ورکوي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sur votre téléphone, installez l&apos;application « Gmail ». Connectez-vous avec votre adresse et votre mot de passe.</source>
        <translation>په خپل ټیلیفون کې « Gmail » اپلیکېشن نصب کړئ. په خپله پته او پټنوم ننوځئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dans votre compte Google, ouvrez « Sécurité ». Ajoutez votre numéro de téléphone et une autre adresse e-mail de secours.</source>
        <translation>په خپل Google حساب کې « امنیت » (Sécurité) پرانیزئ. خپل د ټیلیفون شمېره او د مرستې لپاره بله برېښنالیک پته ور زیاته کړئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>laposte.net efface les messages d&apos;une boîte que personne n&apos;ouvre pendant 4 mois.</source>
        <translation>laposte.net د هغه صندوق پیغامونه پاکوي چې 4 میاشتې یې څوک نه پرانیزي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sur votre téléphone, installez l&apos;application « laposte.net ». Ou ouvrez www.laposte.net dans le navigateur.</source>
        <translation>په خپل ټیلیفون کې « laposte.net » اپلیکېشن نصب کړئ. یا www.laposte.net په براوزر کې پرانیزئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dans les paramètres de votre compte, ajoutez votre numéro de téléphone portable. Il sert si vous oubliez le mot de passe.</source>
        <translation>د خپل حساب په تنظیماتو کې خپله د موبایل شمېره ور زیاته کړئ. که پټنوم مو هېر شي، په کار درځي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&apos;après ses conditions de 2019, Microsoft ferme un compte que personne n&apos;utilise pendant 2 ans.</source>
        <translation>د 2019 کال د شرطونو له مخې، Microsoft هغه حساب تړي چې 2 کاله یې څوک نه کاروي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sur votre téléphone, installez l&apos;application « Outlook ». Connectez-vous avec votre adresse et votre mot de passe.</source>
        <translation>په خپل ټیلیفون کې « Outlook » اپلیکېشن نصب کړئ. په خپله پته او پټنوم ننوځئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dans votre compte Microsoft, ouvrez « Sécurité ». Ajoutez votre numéro de téléphone ou une autre adresse e-mail.</source>
        <translation>په خپل Microsoft حساب کې « امنیت » (Sécurité) پرانیزئ. خپل د ټیلیفون شمېره یا بله برېښنالیک پته ور زیاته کړئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proton supprime un compte gratuit que personne n&apos;ouvre pendant 12 mois. Il prévient à l&apos;adresse de secours.</source>
        <translation>Proton هغه وړیا حساب پاکوي چې 12 میاشتې یې څوک نه پرانیزي. د مرستې پتې ته خبر ورکوي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sur votre téléphone, installez l&apos;application « Proton Mail ». Connectez-vous avec votre adresse et votre mot de passe.</source>
        <translation>په خپل ټیلیفون کې « Proton Mail » اپلیکېشن نصب کړئ. په خپله پته او پټنوم ننوځئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dans les paramètres, ouvrez « Récupération ». Ajoutez une autre adresse e-mail ou votre numéro de téléphone. Attention : si vous oubliez le mot de passe, vous perdez vos anciens messages.</source>
        <translation>په تنظیماتو کې « بیا ترلاسه کول » (Récupération) پرانیزئ. بله برېښنالیک پته یا خپله د ټیلیفون شمېره ور زیاته کړئ. پام وکړئ: که پټنوم مو هېر شي، خپل زاړه پیغامونه له لاسه ورکوئ.</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Le site peut demander un numéro de téléphone portable. Il y envoie un code par SMS.</source>
        <translation>ویب پاڼه ښايي د ګرځنده ټیلیفون شمېره وغواړي. هغې ته د SMS له لارې یو کوډ لېږي.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+20"/>
        <location line="+10"/>
        <source>Choisissez un mot de passe. Écrivez-le tout de suite sur une feuille que vous gardez.</source>
        <translation>یو پټنوم وټاکئ. سمدستي یې پر هغې پاڼې ولیکئ چې ساتئ یې.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Si le site demande un numéro de téléphone, écrivez le vôtre. Recopiez le code reçu par SMS.</source>
        <translation>که ویب پاڼه د ټیلیفون شمېره وغواړي، خپله یې ولیکئ. هغه کوډ ولیکئ چې په SMS کې راغلی.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>D&apos;après les guides publics, La Poste supprime une nouvelle boîte laposte.net si personne ne l&apos;ouvre. Il faut l&apos;ouvrir dans les 72 heures (3 jours). Ouvrez-la dès aujourd&apos;hui.</source>
        <translation>د عامه لارښودونو له مخې، La Poste نوی laposte.net بکس له منځه وړي که هېڅوک یې نه پرانیزي. باید په 72 ساعتونو (3 ورځو) کې پرانیستل شي. همدا نن یې پرانیزئ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choisissez un mot de passe de 12 caractères ou plus. Écrivez-le tout de suite sur une feuille que vous gardez.</source>
        <translation>داسې پټنوم وټاکئ چې 12 یا زیات توري ولري. سمدستي یې پر هغې پاڼې ولیکئ چې ساتئ یې.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pour une personne de moins de 18 ans, le site demande l&apos;accord d&apos;un parent.</source>
        <translation>د هغه کس لپاره چې عمر یې له 18 کلونو کم وي، ویب پاڼه د مور یا پلار موافقه غواړي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft ferme une boîte Outlook.com que personne n&apos;ouvre pendant 2 ans. Ouvrez-la de temps en temps.</source>
        <translation>‏Microsoft هغه Outlook.com بکس بندوي چې 2 کاله هېڅوک یې نه پرانیزي. کله ناکله یې پرانیزئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appuyez sur « Ouvrir la page d&apos;inscription ». La page de Microsoft s&apos;ouvre.</source>
        <translation>پر « د نوم لیکنې پاڼه پرانیزئ » کلیک وکړئ. د Microsoft پاڼه پرانیستل کېږي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez de créer une nouvelle adresse e-mail.</source>
        <translation>د نوې ایمیل پتې جوړول وټاکئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Écrivez la partie avant le @ et choisissez la fin (par exemple outlook.fr).</source>
        <translation>له @ مخکې برخه ولیکئ او پای یې وټاکئ (لکه outlook.fr).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Écrivez votre prénom, votre nom, votre pays et votre date de naissance.</source>
        <translation>خپل نوم، کورنی نوم، هېواد او د زېږېدو نېټه ولیکئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faites la petite vérification demandée (prouver que vous n&apos;êtes pas un robot).</source>
        <translation>هغه کوچنۍ کتنه وکړئ چې غوښتل کېږي (ثابتول چې تاسو روبوټ نه یاست).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« Spam », dans la liste des dossiers à gauche.</source>
        <translation>‏« Spam » (ناغوښتي پیغامونه)، په کیڼ اړخ د فولډرونو په لړ کې.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Une vérification anti-robot : un petit jeu à l&apos;écran, un code par e-mail ou un code par SMS.</source>
        <translation>د روبوټ ضد کتنه: پر پرده یوه کوچنۍ لوبه، په ایمیل کې کوډ یا په SMS کې کوډ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vous avez oublié le mot de passe et vous le changez ? Alors vous ne pouvez plus lire vos anciens messages. Gardez bien votre mot de passe.</source>
        <translation>پټنوم مو هېر شوی او بدلوئ یې؟ نو بیا خپل زاړه پیغامونه نشئ لوستلای. خپل پټنوم ښه وساتئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appuyez sur « Ouvrir la page d&apos;inscription ». La page de Proton s&apos;ouvre.</source>
        <translation>پر « د نوم لیکنې پاڼه پرانیزئ » کلیک وکړئ. د Proton پاڼه پرانیستل کېږي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez l&apos;offre gratuite (« Free »).</source>
        <translation>وړیا وړاندیز وټاکئ (« Free »).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez votre nom d&apos;utilisateur : c&apos;est la partie avant @proton.me.</source>
        <translation>خپل د کارن نوم وټاکئ: دا له ⁦@proton.me⁩ مخکې برخه ده.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faites la vérification anti-robot demandée.</source>
        <translation>هغه د روبوټ ضد کتنه وکړئ چې غوښتل کېږي.</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../../aidant_app/rules/languages.py" line="+17"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../aidant_app/ui/report_form.py" line="+203"/>
        <source>Répondez à la question « {q} ».</source>
        <translation>« {q} » پوښتنې ته ځواب ورکړئ.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enregistrement…</source>
        <translation>خوندي کېږي…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{message} Question : « {question} ».</source>
        <translation>{message} پوښتنه: « {question} ».</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Aidant – noter l&apos;accompagnement</source>
        <translation>Aidant – مرسته ثبت کړئ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notez cet accompagnement pour le compte rendu d&apos;activité. Rien ne permet de reconnaître la personne. Échap : passer.</source>
        <translation>دا مرسته د فعالیت د راپور لپاره ثبت کړئ. په دې کې هېڅ داسې څه نشته چې کس پرې وپېژندل شي. ⁦Échap (Esc)⁩: تېر یې کړئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>نېټه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durée</source>
        <translation>موده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autre durée</source>
        <translation>بله موده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autre durée, en minutes</source>
        <translation>بله موده، په دقیقو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lieu</source>
        <translation>ځای</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matériel utilisé</source>
        <translation>کارول شوي وسایل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thèmes (au moins un)</source>
        <translation>موضوعګانې (لږ تر لږه یوه)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Autonomie de la personne</source>
        <translation>د کس خپلواکي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orientée vers une autre structure ?</source>
        <translation>بلې ادارې ته ولېږل شو؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vers quelle structure</source>
        <translation>کومې ادارې ته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Déjà accompagnée avant ?</source>
        <translation>ایا مخکې هم ورسره مرسته شوې؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tranche d&apos;âge</source>
        <translation>د عمر ډله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genre</source>
        <translation>جنسیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Situation</source>
        <translation>حالت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code postal de la commune</source>
        <translation>د ښار یا کلي پوستي کوډ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enregistrer</source>
        <translation>خوندي کړئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passer</source>
        <translation>تېر یې کړئ</translation>
    </message>
</context>
<context>
    <name>ReportMenu</name>
    <message>
        <location filename="../../aidant_app/ui/report_menu.py" line="+10"/>
        <source>Noter un accompagnement</source>
        <translation>یوه مرسته ثبت کړئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activité et export</source>
        <translation>فعالیت او صادرول</translation>
    </message>
</context>
<context>
    <name>ResumePage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/resume.py" line="+76"/>
        <source>Reprendre une démarche commencée</source>
        <translation>یوه پیل شوې چاره بیا پیل کړئ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Écrivez d&apos;abord le code de reprise et votre date de naissance.</source>
        <translation>لومړی د بیا پیل کوډ او خپله د زېږېدو نېټه ولیکئ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cette date n&apos;est pas juste. Exemple : 25/12/1958.</source>
        <translation>دا نېټه سمه نه ده. بېلګه: 25/12/1958.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ {message}</source>
        <translation>⚠ {message}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recherche de la démarche…</source>
        <translation>چاره لټول کېږي…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reprendre</source>
        <translation>بیا پیل کړئ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Vous avez déjà créé votre compte. Vous n&apos;avez pas encore confirmé votre adresse e-mail. Écrivez le code de reprise. Il est sur votre aide-mémoire. Écrivez aussi votre date de naissance.</source>
        <translation>تاسو دمخه خپل حساب جوړ کړی. تاسو لا خپله ایمیل پته نه ده تایید کړې. د بیا پیل کوډ ولیکئ. دا پر ستاسو یادښت پاڼه دی. خپله د زېږېدو نېټه هم ولیکئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code de reprise (sur l&apos;aide-mémoire)</source>
        <translation>د بیا پیل کوډ (پر یادښت پاڼه)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date de naissance (jour/mois/année, par exemple 25/12/1958)</source>
        <translation>د زېږېدو نېټه (ورځ/میاشت/کال، لکه 25/12/1958)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JJ/MM/AAAA</source>
        <translation>ورځ/میاشت/کال</translation>
    </message>
</context>
<context>
    <name>ServiceLoss</name>
    <message>
        <location filename="../../aidant_app/ui/service_loss.py" line="+71"/>
        <source>Le serveur d&apos;entraînement est relancé. Vérification de votre adresse e-mail…</source>
        <translation>د تمرین سرور بیا پیل شو. ستاسو د برېښنالیک پته کتل کېږي…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Le serveur d&apos;entraînement a redémarré sans votre compte d&apos;entraînement. Vos réponses sont gardées. Envoyez à nouveau le formulaire.</source>
        <translation>د تمرین سرور ستاسو د تمرین له حساب پرته بیا پیل شو. ستاسو ځوابونه ساتل شوي دي. فورمه بیا ولېږئ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Le service répond de nouveau. Vous pouvez continuer.</source>
        <translation>خدمت بیا ځواب ورکوي. تاسو کولای شئ دوام ورکړئ.</translation>
    </message>
</context>
<context>
    <name>ServiceWait</name>
    <message>
        <location filename="../../aidant_app/ui/service_wait.py" line="+61"/>
        <source>Le service démarre. Vous pourrez continuer dans un instant.</source>
        <translation>خدمت پیلېږي. تاسو به یو شېبه وروسته دوام ورکړای شئ.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../aidant_app/ui/settings_dialog.py" line="+118"/>
        <location line="+43"/>
        <source>Choisir le fichier de certificats</source>
        <translation>د سندونو (certificats) فایل وټاکئ</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</source>
        <translation>سندونه (*.pem *.crt *.cer);;ټول فایلونه (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ {message}</source>
        <translation>⚠ {message}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cette adresse n&apos;est pas valide. Exemple : https://aidant.exemple.fr</source>
        <translation>دا پته سمه نه ده. بېلګه: https://aidant.exemple.fr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;adresse doit commencer par https:// (http:// est accepté seulement pour cet ordinateur).</source>
        <translation>پته باید په ⁦https://⁩ پیل شي (⁦http://⁩ یوازې د همدې کمپیوټر لپاره منل کېږي).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ce fichier n&apos;existe pas.</source>
        <translation>دا فایل نشته.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Aidant – réglages</source>
        <translation>Aidant – تنظیمات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ces réglages sont pour la personne qui installe l&apos;application. Laissez l&apos;adresse vide pour utiliser le mode entraînement.</source>
        <translation>دا تنظیمات د هغه کس لپاره دي چې اپلیکېشن نصبوي. د تمرین حالت د کارولو لپاره پته تشه پرېږدئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adresse du service Aidant</source>
        <translation>د Aidant د خدمت پته</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fichier de certificats (facultatif)</source>
        <translation>د سندونو (certificats) فایل (اختیاري)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisir…</source>
        <translation>وټاکئ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode entraînement</source>
        <translation>د تمرین حالت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utiliser le mode entraînement</source>
        <translation>د تمرین حالت وکاروئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>لغوه یې کړئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Enregistrer</source>
        <translation>خوندي کړئ</translation>
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
        <translation>ارزښت نه لوستل کېږي</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/start.py" line="+197"/>
        <source>Bienvenue</source>
        <translation>ښه راغلاست</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choisissez d&apos;abord : votre vrai compte, ou un entraînement.</source>
        <translation>لومړی وټاکئ: خپل رښتینی حساب، یا تمرین.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisissez d&apos;abord qui utilise l&apos;application.</source>
        <translation>لومړی وټاکئ چې څوک اپلیکېشن کاروي.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cochez d&apos;abord l&apos;accord de la personne.</source>
        <translation>لومړی د کس د موافقې خانه په نښه کړئ.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>J&apos;accompagne une personne</source>
        <translation>زه له یو کس سره مرسته کوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je le fais pour moi</source>
        <translation>زه دا د ځان لپاره کوم</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>✔ {answer}</source>
        <translation>✔ {answer}</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Créer mon vrai compte ameli</source>
        <translation>خپل رښتینی ameli حساب جوړ کړئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&apos;entraîner avec une personne fictive</source>
        <translation>د خیالي کس سره تمرین وکړئ</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Recherche d&apos;une personne fictive…</source>
        <translation>خیالي کس لټول کېږي…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Toutes les personnes fictives ont déjà servi. Redémarrez l&apos;application pour recommencer l&apos;entraînement.</source>
        <translation>ټول خیالي کسان دمخه کارول شوي. د تمرین د بیا پیلولو لپاره اپلیکېشن بیا چالان کړئ.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Que voulez-vous faire ?</source>
        <translation>څه کول غواړئ؟</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>J&apos;ai créé mon compte sur ameli : il reste à l&apos;activer, c&apos;est-à-dire à le mettre en marche</source>
        <translation>ما خپل حساب پر ameli جوړ کړی: اوس یې باید فعال کړم، یعنې کار ته یې واچوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour revenir à l&apos;activation, sans rien écrire de nouveau.</source>
        <translation>فعالولو ته د بېرته راتګ لپاره، پرته له دې چې څه نوي ولیکئ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le code de reprise sert à reprendre une démarche déjà commencée. Il est sur l&apos;aide-mémoire. C&apos;est la feuille à garder, reçue lors d&apos;une première visite.</source>
        <translation>د بیا پیل کوډ د هغې چارې د بیا پیلولو لپاره دی چې دمخه پیل شوې. دا پر یادښت پاڼه دی. دا هغه پاڼه ده چې ساتئ یې، په لومړي ځل راتګ کې مو اخیستې.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Cette application vous aide à créer votre compte ameli : votre espace en ligne de l&apos;Assurance Maladie. Pour cela, il faut une adresse e-mail qui marche. Nous allons le faire ensemble, étape par étape.</source>
        <translation>دا اپلیکېشن ستاسو سره د ameli حساب په جوړولو کې مرسته کوي: ستاسو د Assurance Maladie (د فرانسې روغتیايي بیمه) انټرنېټي ځای. د دې لپاره، داسې ایمیل پتې ته اړتیا ده چې کار وکړي. موږ به دا یو ځای، ګام په ګام وکړو.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qui utilise l&apos;application ?</source>
        <translation>څوک اپلیکېشن کاروي؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ce qu&apos;il faut avoir sous la main</source>
        <translation>هغه څه چې باید له ځان سره ولرئ</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Environ 20 minutes</source>
        <translation>نږدې 20 دقیقې</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Connectez-vous d&apos;abord avec votre compte d&apos;aidant.</source>
        <translation>لومړی د خپل مرستندوي حساب سره ننوځئ.</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Personne fictive : {first} {last}. L&apos;application remplit déjà ses informations.</source>
        <translation>خیالي کس: {first} {last}. اپلیکېشن دمخه د هغه معلومات ډکوي.</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>La personne accepte mon aide. Elle sait que l&apos;application ne garde rien sur cet ordinateur.</source>
        <translation>کس زما مرسته مني. هغه پوهېږي چې اپلیکېشن په دې کمپیوټر هېڅ شی نه ساتي.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Utiliser une personne fictive</source>
        <translation>خیالي کس وکاروئ</translation>
    </message>
    <message>
        <location line="+238"/>
        <source>J&apos;ai un code de reprise</source>
        <translation>زه د بیا پیل کوډ لرم</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../../aidant_app/ui/steplist.py" line="+16"/>
        <source>Début</source>
        <translation>پیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse e-mail</source>
        <translation>ایمیل پته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compte ameli</source>
        <translation>د ameli حساب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation</source>
        <translation>فعالول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminé</source>
        <translation>پای</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Étape {number} sur {total} : {name} (étape en cours)</source>
        <translation>ګام {number} له {total} څخه: {name} (اوسنی ګام)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Les étapes</source>
        <translation>ګامونه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✔ {number}. {name} (fait)</source>
        <translation>✔ {number}. {name} (شوی)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▶ {number}. {name} (étape en cours)</source>
        <translation>▶ {number}. {name} (اوسنی ګام)</translation>
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
        <translation>متن: {percent} %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taille du texte : {percent} %.</source>
        <translation>د متن اندازه: {percent} %.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Texte plus petit</source>
        <translation>کوچنی متن</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Texte plus grand</source>
        <translation>لوی متن</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Le texte est déjà au plus grand pour cet écran.</source>
        <translation>متن د دې پردې لپاره دمخه تر ټولو لوی دی.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taille du texte : {percent} %. C&apos;est la plus grande pour cet écran.</source>
        <translation>د متن اندازه: {percent} %. دا د دې پردې لپاره تر ټولو لویه ده.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✔ Contraste élevé</source>
        <translation>✔ لوړ تضاد</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Contraste élevé</source>
        <translation>لوړ تضاد</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Langue : {language}</source>
        <translation>ژبه: {language}</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Revenir en {language}</source>
        <translation>بېرته {language} ته</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voir en français</source>
        <translation>په فرانسوي وګورئ – Voir en français</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Réglages</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{language} (traduction à relire)</source>
        <translation>{language} (ژباړه باید وکتل شي)</translation>
    </message>
</context>
<context>
    <name>TriageExitPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/triage_exit.py" line="+49"/>
        <source>Ce qu&apos;il faut faire</source>
        <translation>هغه څه چې باید وشي</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ce que vous pouvez faire</source>
        <translation>هغه څه چې تاسو یې کولای شئ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pour appeler l&apos;Assurance Maladie</source>
        <translation>‏Assurance Maladie ته د زنګ وهلو لپاره</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce n&apos;est pas votre situation ? Appuyez sur « Retour ».</source>
        <translation>دا ستاسو حالت نه دی؟ پر « شاته » کلیک وکړئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer ces étapes (PDF)</source>
        <translation>دا ګامونه خوندي کړئ (PDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personne suivante (tout effacer)</source>
        <translation>بل کس (هر څه پاک کړئ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommencer (tout effacer)</source>
        <translation>له سره پیل کړئ (هر څه پاک کړئ)</translation>
    </message>
</context>
<context>
    <name>TriagePage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/triage.py" line="+21"/>
        <source>Avant de commencer</source>
        <translation>له پیل څخه مخکې</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aucune de ces situations : je continue</source>
        <translation>له دې حالتونو څخه هېڅ یو نه: زه دوام ورکوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;ai déjà un compte ameli</source>
        <translation>زه دمخه ameli حساب لرم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mon numéro de sécurité sociale commence par 3, 4, 7 ou 8</source>
        <translation>زما د ټولنیز امنیت شمېره په 3، 4، 7 یا 8 پیلېږي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je dépends d&apos;un autre régime, par exemple la MSA</source>
        <translation>زه په بله بیمه پورې تړلی یم، لکه MSA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le compte est pour un enfant de moins de 16 ans</source>
        <translation>حساب د هغه ماشوم لپاره دی چې عمر یې له 16 کلونو کم دی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La personne est sous tutelle</source>
        <translation>کس تر سرپرستۍ لاندې دی</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Une de ces situations vous concerne-t-elle ?</source>
        <translation>ایا له دې حالتونو څخه یو ستاسو حالت دی؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dans ces cas, il faut faire autrement. Nous vous disons quoi faire.</source>
        <translation>په دې حالتونو کې، باید بل ډول کار وشي. موږ تاسو ته وایو چې څه وکړئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vous savez déjà que la personne peut continuer ? Choisissez « Aucune de ces situations ».</source>
        <translation>تاسو دمخه پوهېږئ چې کس دوام ورکولای شي؟ « له دې حالتونو څخه هېڅ یو نه » وټاکئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vous ne savez pas ? Choisissez « Aucune de ces situations ». Nous vous aiderons plus tard si besoin.</source>
        <translation>نه پوهېږئ؟ « له دې حالتونو څخه هېڅ یو نه » وټاکئ. که اړتیا وه، موږ به وروسته مرسته وکړو.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../aidant_app/ui/errors.py" line="+33"/>
        <source>Recherche du trousseau de l&apos;ordinateur…</source>
        <translation>د کمپیوټر د پټنومونو ساتونکی (trousseau) لټول کېږي…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cet ordinateur n&apos;a pas de trousseau sécurisé : vous devrez vous reconnecter à chaque fois.</source>
        <translation>دا کمپیوټر د پټنومونو خوندي ساتونکی (trousseau) نه لري: تاسو به هر ځل بیا ننوځئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le trousseau de cet ordinateur est verrouillé : vous devrez vous reconnecter à chaque fois. Pour garder la connexion, déverrouillez le trousseau. Pour cela, ouvrez votre session avec votre mot de passe. Ensuite, redémarrez l&apos;application.</source>
        <translation>د دې کمپیوټر د پټنومونو ساتونکی (trousseau) قلف دی: تاسو به هر ځل بیا ننوځئ. د ننوتلو د ساتلو لپاره، دا ساتونکی خلاص کړئ. د دې لپاره، خپله ناسته د خپل پټنوم سره پرانیزئ. بیا اپلیکېشن بیا چالان کړئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le trousseau de cet ordinateur ne répond pas : vous devrez vous reconnecter à chaque fois.</source>
        <translation>د دې کمپیوټر د پټنومونو ساتونکی (trousseau) ځواب نه ورکوي: تاسو به هر ځل بیا ننوځئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cet ordinateur garde les mots de passe sans protection : l&apos;application refuse de s&apos;en servir. Vous devrez vous reconnecter à chaque fois.</source>
        <translation>دا کمپیوټر پټنومونه پرته له ساتنې ساتي: اپلیکېشن یې نه کاروي. تاسو به هر ځل بیا ننوځئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le trousseau de cet ordinateur ne marche pas correctement : vous devrez vous reconnecter à chaque fois.</source>
        <translation>د دې کمپیوټر د پټنومونو ساتونکی (trousseau) سم کار نه کوي: تاسو به هر ځل بیا ننوځئ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{message} Il vous reste 1 essai.</source>
        <translation>{message} یوازې 1 هڅه مو پاتې ده.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message} Il vous reste {n} essais.</source>
        <translation>{message} {n} هڅې مو پاتې دي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message} Vous pourrez réessayer dans 1 seconde.</source>
        <translation>{message} تاسو کولای شئ 1 ثانیه وروسته بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message} Vous pourrez réessayer dans {n} secondes.</source>
        <translation>{message} تاسو کولای شئ {n} ثانیو وروسته بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message} Vous pourrez réessayer dans 1 minute.</source>
        <translation>{message} تاسو کولای شئ 1 دقیقه وروسته بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message} Vous pourrez réessayer dans {n} minutes.</source>
        <translation>{message} تاسو کولای شئ {n} دقیقو وروسته بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <location filename="../../aidant_app/rules/codes.py" line="+66"/>
        <source>Réessayer</source>
        <translation>بیا هڅه وکړئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corriger</source>
        <translation>سم یې کړئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changer d&apos;adresse e-mail</source>
        <translation>ایمیل پته بدله کړئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voir le numéro à appeler</source>
        <translation>د زنګ وهلو شمېره وګورئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réessayer plus tard</source>
        <translation>وروسته بیا هڅه وکړئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recevoir un nouveau code</source>
        <translation>نوی کوډ ترلاسه کړئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recevoir un nouveau lien</source>
        <translation>نوی لینک ترلاسه کړئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relire les conditions</source>
        <translation>شرطونه بیا ولولئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voir l&apos;aide</source>
        <translation>مرسته وګورئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir les réglages</source>
        <translation>تنظیمات پرانیزئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se reconnecter</source>
        <translation>بیا ننوځئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisir une autre adresse</source>
        <translation>بله پته وټاکئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continuer</source>
        <translation>دوام ورکړئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommencer</source>
        <translation>له سره پیل کړئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir le site ameli.fr</source>
        <translation>د ameli.fr ویب پاڼه پرانیزئ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quelque chose n&apos;a pas marché. Ce n&apos;est pas de votre faute. Réessayez. Ce que vous avez écrit est gardé.</source>
        <translation>یو څه سم کار ونه کړ. دا ستاسو ګناه نه ده. بیا هڅه وکړئ. هغه څه چې تاسو لیکلي، ساتل کېږي.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Écrivez le numéro de sécurité sociale. Il est sur la carte Vitale.</source>
        <translation>د ټولنیز امنیت شمېره ولیکئ. دا پر carte Vitale کارت ده.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le numéro est trop court. Il a 15 chiffres, clé comprise (les 2 derniers).</source>
        <translation>شمېره ډېره لنډه ده. دا 15 عددونه لري، له وروستیو 2 عددونو (کلي) سره.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le numéro est trop long. Il a 15 chiffres, clé comprise.</source>
        <translation>شمېره ډېره اوږده ده. دا 15 عددونه لري، له وروستیو 2 عددونو (کلي) سره.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le numéro ne contient que des chiffres (et parfois A ou B pour la Corse).</source>
        <translation>شمېره یوازې عددونه لري (او ځینې وخت A یا B د Corse (کورسیکا) لپاره).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Un chiffre ne va pas. Comparez chaque chiffre avec la carte Vitale, surtout les 2 derniers.</source>
        <translation>یو عدد سم نه دی. هر عدد د carte Vitale کارت سره پرتله کړئ، په ځانګړي ډول وروستي 2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce numéro est provisoire, en attendant le vrai. Il ne permet pas d&apos;ouvrir un compte ameli. Le vrai commence par 1 ou 2. Appelez le 36 46 pour savoir quand vous l&apos;aurez.</source>
        <translation>دا شمېره لنډمهاله ده، تر هغه چې اصلي شمېره راشي. د دې شمېرې سره ameli حساب نشي جوړېدای. اصلي شمېره په 1 یا 2 پیلېږي. 36 46 ته زنګ ووهئ چې پوه شئ کله به یې ترلاسه کړئ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>L&apos;IBAN n&apos;est pas juste. Recopiez-le depuis votre RIB, la feuille de votre banque. Pour une banque française, il commence par FR.</source>
        <translation>‏IBAN سم نه دی. له خپل RIB، ستاسو د بانک پاڼې، څخه یې بیا ولیکئ. د فرانسې د بانک لپاره، په FR پیلېږي.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Ce code ne marche plus : son temps est passé. Demandez un nouveau code.</source>
        <translation>دا کوډ نور کار نه کوي: وخت یې تېر شو. نوی کوډ وغواړئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vous avez vérifié l&apos;adresse e-mail il y a trop longtemps. Demandez un nouveau code.</source>
        <translation>تاسو ډېر وخت مخکې ایمیل پته کتلې وه. نوی کوډ وغواړئ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>L&apos;Assurance Maladie ne connaît pas cet IBAN. Prenez le RIB du compte où vous recevez vos remboursements.</source>
        <translation>‏Assurance Maladie دا IBAN نه پېژني. د هغه حساب RIB واخلئ چې تاسو پکې خپلې بېرته ورکړل شوې پیسې ترلاسه کوئ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ce lien ne marche plus : son temps est passé. Demandez un nouveau lien.</source>
        <translation>دا لینک نور کار نه کوي: وخت یې تېر شو. نوی لینک وغواړئ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ce lien ne marche plus : un message plus récent a un nouveau lien. Ouvrez le dernier message reçu.</source>
        <translation>دا لینک نور کار نه کوي: یو نوی پیغام نوی لینک لري. وروستی راغلی پیغام پرانیزئ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ce thème fait partie des démarches administratives. Cochez aussi le thème « Aide aux démarches administratives ».</source>
        <translation>دا موضوع د اداري چارو برخه ده. « Aide aux démarches administratives » (په اداري چارو کې مرسته) موضوع هم په نښه کړئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;application n&apos;a pas pu enregistrer le fichier à cet endroit. Choisissez un autre dossier, par exemple Documents. Puis réessayez.</source>
        <translation>اپلیکېشن ونه شو کولای فایل په دې ځای کې خوندي کړي. بل فولډر وټاکئ، لکه Documents. بیا بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>L&apos;application n&apos;a pas pu envoyer la demande. Réessayez.</source>
        <translation>اپلیکېشن ونه شو کولای غوښتنه ولېږي. بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La demande est trop grosse pour le service. Écrivez un texte plus court, puis réessayez.</source>
        <translation>غوښتنه د خدمت لپاره ډېره لویه ده. لنډ متن ولیکئ، بیا بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cette version d&apos;Aidant est trop vieille pour ce service. Elle ne sait pas poser toutes les questions du formulaire. Créez le compte sur le site ameli.fr. Ou bien, demandez une version plus récente d&apos;Aidant.</source>
        <translation>د Aidant دا نسخه د دې خدمت لپاره ډېره زړه ده. دا نشي کولای د فورمې ټولې پوښتنې وکړي. حساب د ameli.fr پر ویب پاڼه جوړ کړئ. یا، د Aidant نوې نسخه وغواړئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nous n&apos;avons pas pu envoyer le message à cette adresse. Vérifiez l&apos;adresse e-mail. Si elle est fausse, corrigez-la ci-dessous.</source>
        <translation>موږ ونه شو کولای دې پتې ته پیغام ولېږو. ایمیل پته وګورئ. که غلطه وي، لاندې یې سمه کړئ.</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Ce numéro n&apos;est pas valable. Le premier chiffre est 1 ou 2. Comparez avec la carte Vitale.</source>
        <translation>دا شمېره سمه نه ده. لومړی عدد 1 یا 2 دی. د carte Vitale کارت سره یې پرتله کړئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette date n&apos;existe pas. Écrivez le jour, le mois et l&apos;année en chiffres.</source>
        <translation>دا نېټه نشته. ورځ، میاشت او کال په عددونو ولیکئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La date de naissance ne va pas avec le numéro de sécurité sociale. Les chiffres 2 à 5 du numéro donnent l&apos;année et le mois de naissance. Vérifiez les deux.</source>
        <translation>د زېږېدو نېټه د ټولنیز امنیت له شمېرې سره سمون نه خوري. د شمېرې دوهم، دریم، څلورم او پنځم عدد د زېږېدو کال او میاشت ښيي. دواړه وګورئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le code postal a 5 chiffres, par exemple 75011.</source>
        <translation>پوستي کوډ 5 عددونه لري، لکه 75011.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cette adresse e-mail n&apos;est pas bien écrite. Elle ressemble à prenom.nom@exemple.fr, sans espace.</source>
        <translation>دا ایمیل پته سمه نه ده لیکل شوې. داسې ښکاري: prenom.nom@exemple.fr، پرته له تشې.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le mot de passe ne respecte pas toutes les règles. Regardez la liste sous le champ : chaque ✘ est une règle à remplir.</source>
        <translation>پټنوم ټولې قاعدې نه پوره کوي. د خانې لاندې لړ وګورئ: هر ✘ یوه قاعده ده چې باید پوره شي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisissez un mot de passe.</source>
        <translation>یو پټنوم وټاکئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le service n&apos;a pas compris la demande. Réessayez. Si cela recommence, demandez de l&apos;aide.</source>
        <translation>خدمت په غوښتنه پوه نه شو. بیا هڅه وکړئ. که بیا داسې وشي، مرسته وغواړئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Une information manque ou est mal écrite. Vérifiez les champs indiqués.</source>
        <translation>یو معلومات نشته یا سم نه دی لیکل شوی. ښودل شوې خانې وګورئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette information manque ou est mal écrite. Vérifiez-la.</source>
        <translation>دا معلومات نشته یا سم نه دی لیکل شوی. وګورئ یې.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette information manque. Remplissez-la.</source>
        <translation>دا معلومات نشته. ډک یې کړئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le service demande les informations autrement. Appuyez sur « Réessayer » : le formulaire se met à jour. Ce que vous avez écrit est gardé.</source>
        <translation>خدمت معلومات په بل ډول غواړي. پر « بیا هڅه وکړئ » کلیک وکړئ: فورمه تازه کېږي. هغه څه چې تاسو لیکلي، ساتل کېږي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le service ne retrouve pas votre démarche. Il faut peut-être recommencer cette étape.</source>
        <translation>خدمت ستاسو چاره نه مومي. ښايي دا ګام له سره پیل کړئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette action n&apos;est pas possible ici. Demandez de l&apos;aide.</source>
        <translation>دا کار دلته نه کېږي. مرسته وغواړئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trop de demandes en peu de temps. Attendez un peu, puis réessayez.</source>
        <translation>په لږ وخت کې ډېرې غوښتنې. لږ صبر وکړئ، بیا بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La connexion de l&apos;aidant a pris fin. Reconnectez-vous.</source>
        <translation>د مرستندوي ننوتل پای ته ورسېدل. بیا ننوځئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;identifiant ou le mot de passe n&apos;est pas le bon. Vérifiez les majuscules.</source>
        <translation>د ننوتلو نوم یا پټنوم سم نه دی. لوی توري وګورئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce code n&apos;est pas le bon. Recopiez les chiffres du dernier message reçu.</source>
        <translation>دا کوډ سم نه دی. د وروستي راغلي پیغام عددونه بیا ولیکئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trop d&apos;essais. Par sécurité, attendez avant de réessayer. Si cela dure plus d&apos;une heure, appelez le 36 46.</source>
        <translation>ډېرې هڅې. د خوندیتوب لپاره، له بیا هڅې مخکې صبر وکړئ. که له یو ساعت زیات دوام وکړي، 36 46 ته زنګ ووهئ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Les conditions d&apos;utilisation ont changé. Relisez-les et acceptez-les de nouveau.</source>
        <translation>د کارونې شرطونه بدل شوي. هغه بیا ولولئ او بیا یې ومنئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;Assurance Maladie ne trouve personne avec ce numéro. Vérifiez le numéro. S&apos;il est juste, appelez le 36 46.</source>
        <translation>‏Assurance Maladie د دې شمېرې سره هېڅوک نه مومي. شمېره وګورئ. که سمه وي، 36 46 ته زنګ ووهئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La date de naissance ou le code postal n&apos;est pas celui que connaît l&apos;Assurance Maladie. Vérifiez les deux. Le code postal est celui de votre adresse actuelle.</source>
        <translation>د زېږېدو نېټه یا پوستي کوډ هغه نه دی چې Assurance Maladie یې پېژني. دواړه وګورئ. پوستي کوډ باید د ستاسو د اوسني کور د پتې وي.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cette adresse e-mail sert déjà pour un autre compte ameli. Chaque personne doit avoir sa propre adresse. Il faut une autre adresse.</source>
        <translation>دا ایمیل پته دمخه د بل ameli حساب لپاره کارېږي. هر کس باید خپله پته ولري. بلې پتې ته اړتیا ده.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vous avez déjà un compte ameli. Il ne faut pas en créer un deuxième. Voyez l&apos;aide pour retrouver l&apos;accès.</source>
        <translation>تاسو دمخه ameli حساب لرئ. دوهم حساب مه جوړوئ. د لاسرسي د بېرته موندلو لپاره مرسته وګورئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votre compte est déjà activé. Il n&apos;y a plus rien à faire ici.</source>
        <translation>ستاسو حساب دمخه فعال شوی. دلته نور هېڅ کار نشته.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ce lien a déjà servi. Votre compte est sans doute déjà activé.</source>
        <translation>دا لینک دمخه کارول شوی. ښايي ستاسو حساب دمخه فعال شوی وي.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ce lien n&apos;est pas reconnu. Copiez le lien en entier depuis le message.</source>
        <translation>دا لینک نه پېژندل کېږي. له پیغام څخه بشپړ لینک کاپي کړئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce code de reprise ou cette date de naissance ne correspond pas. Vérifiez les deux sur l&apos;aide-mémoire.</source>
        <translation>دا د بیا پیل کوډ یا دا د زېږېدو نېټه سمون نه خوري. دواړه پر یادښت پاڼه وګورئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette adresse est déjà prise. Choisissez une des adresses proposées ou écrivez-en une autre.</source>
        <translation>دا پته بل چا اخیستې. له وړاندیز شویو پتو څخه یوه وټاکئ یا بله ولیکئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette adresse ne convient pas. Utilisez des lettres sans accent, des chiffres, des points ou des tirets.</source>
        <translation>دا پته مناسبه نه ده. ساده لاتیني توري (پرته له é، è، à)، عددونه، ټکي یا خطونه (-) وکاروئ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vos informations ont changé depuis le premier envoi. Envoyez-les de nouveau.</source>
        <translation>ستاسو معلومات له لومړي لېږلو وروسته بدل شوي. بیا یې ولېږئ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le service n&apos;a pas compris la demande de cette version d&apos;Aidant. Réessayez. Si cela recommence, demandez une version à jour.</source>
        <translation>خدمت د Aidant د دې نسخې په غوښتنه پوه نه شو. بیا هڅه وکړئ. که بیا داسې وشي، نوې نسخه وغواړئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La demande est arrivée au mauvais service. Vérifiez l&apos;adresse du service dans les réglages.</source>
        <translation>غوښتنه غلط خدمت ته ورسېده. په تنظیماتو کې د خدمت پته وګورئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Une demande est déjà en cours. Attendez sa réponse, puis réessayez.</source>
        <translation>یوه غوښتنه لا روانه ده. د هغې ځواب ته صبر وکړئ، بیا بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;application a eu un problème. Ce n&apos;est pas de votre faute. Réessayez. Ce que vous avez écrit est gardé. Si cela recommence, fermez l&apos;application et rouvrez-la.</source>
        <translation>اپلیکېشن ستونزه درلوده. دا ستاسو ګناه نه ده. بیا هڅه وکړئ. هغه څه چې تاسو لیکلي، ساتل کېږي. که بیا داسې وشي، اپلیکېشن بند کړئ او بیا یې پرانیزئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le service a changé pendant la demande. Appuyez de nouveau pour continuer. Ce que vous avez écrit est gardé.</source>
        <translation>خدمت د غوښتنې پر مهال بدل شو. د دوام لپاره بیا کلیک وکړئ. هغه څه چې تاسو لیکلي، ساتل کېږي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce code de reprise ne marche plus. Recommencez la démarche depuis le début, ou appelez le 36 46.</source>
        <translation>دا د بیا پیل کوډ نور کار نه کوي. چاره له سره پیل کړئ، یا 36 46 ته زنګ ووهئ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ce service ne crée pas les comptes ameli. Vous créez votre compte vous-même sur le site ameli. Aidant vous accompagne à chaque étape.</source>
        <translation>دا خدمت ameli حسابونه نه جوړوي. تاسو خپل حساب پخپله د ameli پر ویب پاڼه جوړوئ. Aidant په هر ګام کې ستاسو سره دی.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>Le service a eu un problème. Ce n&apos;est pas de votre faute. Réessayez dans un moment.</source>
        <translation>خدمت ستونزه درلوده. دا ستاسو ګناه نه ده. یو څه وروسته بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Impossible de joindre le service. Vérifiez que l&apos;ordinateur est connecté à internet, puis réessayez. Ce que vous avez écrit est gardé.</source>
        <translation>له خدمت سره نښلېدل ممکن نه دي. وګورئ چې کمپیوټر له انټرنېټ سره نښلول شوی، بیا بیا هڅه وکړئ. هغه څه چې تاسو لیکلي، ساتل کېږي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le service met trop de temps à répondre. Réessayez. Ce que vous avez écrit est gardé.</source>
        <translation>خدمت ځواب ته ډېر وخت نیسي. بیا هڅه وکړئ. هغه څه چې تاسو لیکلي، ساتل کېږي.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le service est momentanément indisponible. Réessayez dans quelques minutes. Ce que vous avez écrit est gardé.</source>
        <translation>خدمت د یو څه وخت لپاره نه چلېږي. څو دقیقې وروسته بیا هڅه وکړئ. هغه څه چې تاسو لیکلي، ساتل کېږي.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La réponse du service est illisible. Réessayez. Si cela recommence, demandez de l&apos;aide.</source>
        <translation>د خدمت ځواب نه لوستل کېږي. بیا هڅه وکړئ. که بیا داسې وشي، مرسته وغواړئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La connexion sécurisée au service a échoué. Le réseau de ce lieu bloque peut-être la connexion. Demandez à la personne qui s&apos;occupe des ordinateurs.</source>
        <translation>له خدمت سره خوندي نښلون ناکام شو. ښايي د دې ځای شبکه نښلون بندوي. له هغه کس څخه پوښتنه وکړئ چې د کمپیوټرونو پاملرنه کوي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;adresse du service n&apos;est pas sécurisée (elle doit commencer par https). Corrigez-la dans les réglages.</source>
        <translation>د خدمت پته خوندي نه ده (باید په https پیل شي). په تنظیماتو کې یې سمه کړئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;adresse du service n&apos;est pas valable. Corrigez-la dans les réglages.</source>
        <translation>د خدمت پته سمه نه ده. په تنظیماتو کې یې سمه کړئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le fichier de certificats choisi dans les réglages est introuvable.</source>
        <translation>هغه د سندونو (certificats) فایل چې په تنظیماتو کې ټاکل شوی، نه موندل کېږي.</translation>
    </message>
</context>
</TS>
