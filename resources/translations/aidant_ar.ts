<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="fr">
<context>
    <name>AccountFields</name>
    <message>
        <location filename="../../aidant_app/ui/pages/account_fields.py" line="+148"/>
        <source>1 caractère sur 15</source>
        <translation>عدد الأرقام المكتوبة: 1 من 15</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} caractères sur 15</source>
        <translation>عدد الأرقام المكتوبة: {n} من 15</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✔ Numéro correct. Pour vous connecter, votre identifiant ameli sera les 13 premiers chiffres : {login}</source>
        <translation>✔ الرقم صحيح. لتسجيل الدخول، سيكون معرّفكم في ameli هو أول 13 رقمًا: {login}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>✔ IBAN correct.</source>
        <translation>✔ رقم IBAN صحيح.</translation>
    </message>
    <message>
        <location filename="../../aidant_app/ui/pages/birth_date.py" line="+103"/>
        <source>Jour</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mois</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Année</source>
        <translation>السنة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} : {part}</source>
        <translation>‏{field}: {part}</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../aidant_app/journey/fields.py" line="+83"/>
        <source>Numéro de sécurité sociale (sur votre carte Vitale)</source>
        <translation>رقم الضمان الاجتماعي (موجود على بطاقة carte Vitale)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>15 chiffres, par exemple 1 84 12 75 116 001 26</source>
        <translation>15 رقمًا، مثلًا 1&#xa0;84&#xa0;12&#xa0;75&#xa0;116&#xa0;001&#xa0;26</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La carte Vitale, ou l&apos;attestation de droits (le papier de l&apos;Assurance Maladie avec votre numéro)</source>
        <translation>بطاقة carte Vitale، أو «attestation de droits» (ورقة من Assurance Maladie عليها رقمكم)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date de naissance</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code postal de votre domicile</source>
        <translation>الرمز البريدي لمكان سكنكم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 chiffres, par exemple 75011</source>
        <translation>5 أرقام، مثلًا 75011</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IBAN : le numéro de votre compte en banque (sur votre RIB)</source>
        <translation>‏IBAN: رقم حسابكم في البنك (موجود على ورقة RIB)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Un RIB : la feuille de votre banque avec votre IBAN</source>
        <translation>ورقة RIB: ورقة من بنككم عليها رقم IBAN</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Il commence par FR76 pour une banque française</source>
        <translation>يبدأ بـ FR76 في البنوك الفرنسية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mot de passe du compte ameli</source>
        <translation>كلمة مرور حساب ameli</translation>
    </message>
</context>
<context>
    <name>AccountFormPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/account_fields.py" line="+53"/>
        <source>Conseils pour choisir le mot de passe</source>
        <translation>نصائح لاختيار كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../aidant_app/ui/pages/account_form.py" line="+118"/>
        <source>« {name} »</source>
        <translation>‏«{name}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{sentence}
Information demandée que cette version ne connaît pas : {names}.</source>
        <translation>‏{sentence}
معلومة مطلوبة لا تعرفها هذه النسخة: {names}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Créer votre compte ameli</source>
        <translation>إنشاء حسابكم في ameli</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Créer mon compte</source>
        <translation>إنشاء حسابي</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>J&apos;accepte les conditions d&apos;utilisation</source>
        <translation>أوافق على شروط الاستخدام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lire les conditions</source>
        <translation>قراءة الشروط</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Prenez votre carte Vitale. Recopiez les informations une par une. L&apos;application vérifie chaque case pendant que vous écrivez.</source>
        <translation>خذوا بطاقة carte Vitale. انسخوا المعلومات واحدة بعد الأخرى. التطبيق يتحقق من كل خانة وأنتم تكتبون.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cette version ne peut pas créer ce compte. Lisez le texte au-dessus.</source>
        <translation>هذه النسخة لا تستطيع إنشاء هذا الحساب. اقرؤوا النص في الأعلى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remplissez d&apos;abord les cases de cette question.</source>
        <translation>املؤوا أولًا خانات هذا السؤال.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remplissez d&apos;abord toutes les cases du formulaire.</source>
        <translation>املؤوا أولًا كل خانات الاستمارة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cochez d&apos;abord la case des conditions d&apos;utilisation.</source>
        <translation>ضعوا أولًا علامة في خانة شروط الاستخدام.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Création de votre compte ameli…</source>
        <translation>جارٍ إنشاء حسابكم في ameli…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Réessayer (possible dans {n} s)</source>
        <translation>إعادة المحاولة (ممكنة بعد {n} ثانية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réessayer</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>L&apos;Assurance Maladie a changé ses conditions. Lisez-les, cochez la case, puis appuyez sur « Créer mon compte ».</source>
        <translation>غيّرت Assurance Maladie شروطها. اقرؤوها، ضعوا علامة في الخانة، ثم اضغطوا على «إنشاء حسابي».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lecture des nouvelles conditions…</source>
        <translation>جارٍ قراءة الشروط الجديدة…</translation>
    </message>
    <message>
        <location filename="../../aidant_app/ui/sections/account_groups.py" line="+83"/>
        <source>Question {n} sur {total}</source>
        <translation>السؤال {n} من {total}</translation>
    </message>
</context>
<context>
    <name>AccountQuestionPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/account_question.py" line="+18"/>
        <source>Votre compte ameli</source>
        <translation>حسابكم في ameli</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Non, je n&apos;ai pas de compte ameli</source>
        <translation>لا، ليس لديّ حساب ameli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oui, j&apos;ai déjà un compte ameli</source>
        <translation>نعم، لديّ حساب ameli من قبل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avez-vous déjà un compte ameli ?</source>
        <translation>هل لديكم حساب ameli من قبل؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le compte ameli est votre espace personnel sur le site de l&apos;Assurance Maladie (ameli.fr). Une personne ne peut avoir qu&apos;un seul compte.</source>
        <translation>حساب ameli هو مساحتكم الشخصية على موقع Assurance Maladie (التأمين الصحي الفرنسي): ameli.fr. لكل شخص حساب واحد فقط.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si vous ne savez pas, choisissez « Non ». Si un compte existe déjà, le site ameli vous le dira.</source>
        <translation>إذا كنتم لا تعرفون، اختاروا «لا». إذا كان لديكم حساب، سيخبركم موقع ameli بذلك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si vous ne savez pas, choisissez « Non ». Si un compte existe déjà, nous vous le dirons. Nous vous aiderons à le retrouver.</source>
        <translation>إذا كنتم لا تعرفون، اختاروا «لا». إذا كان لديكم حساب، سنخبركم بذلك. وسنساعدكم على الوصول إليه.</translation>
    </message>
</context>
<context>
    <name>AccountRecoveryPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/account_recovery.py" line="+69"/>
        <source>Vous avez déjà un compte ameli</source>
        <translation>لديكم حساب ameli من قبل</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>L&apos;Assurance Maladie nous répond qu&apos;un compte ameli existe déjà pour ce numéro de sécurité sociale. Il ne faut pas en créer un deuxième. Voici comment retrouver l&apos;accès.</source>
        <translation>تقول لنا Assurance Maladie إن هناك حساب ameli لرقم الضمان الاجتماعي هذا من قبل. لا تنشئوا حسابًا ثانيًا. إليكم طريقة الدخول إلى حسابكم من جديد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vous n&apos;avez pas besoin d&apos;un nouveau compte. Voici comment retrouver l&apos;accès, selon votre situation.</source>
        <translation>لا تحتاجون إلى حساب جديد. إليكم طريقة الدخول إلى حسابكم من جديد، حسب حالتكم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quelle est votre situation ?</source>
        <translation>ما هي حالتكم؟</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Votre réponse</source>
        <translation>جوابكم</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ouvrir la page de connexion ameli</source>
        <translation>فتح صفحة الدخول إلى ameli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code QR de la page de connexion ameli</source>
        <translation>رمز QR لصفحة الدخول إلى ameli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ou scannez ce code avec l&apos;appareil photo de votre téléphone.</source>
        <translation>أو امسحوا هذا الرمز بكاميرا هاتفكم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour appeler l&apos;Assurance Maladie</source>
        <translation>للاتصال بـ Assurance Maladie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votre adresse sert déjà à quelqu&apos;un d&apos;autre ? Ce n&apos;est pas possible : chaque compte ameli a besoin de sa propre adresse e-mail. Créez une adresse pour la personne qui n&apos;en a pas.</source>
        <translation>هل يستعمل شخص آخر عنوانكم من قبل؟ هذا غير ممكن: كل حساب ameli يحتاج إلى عنوان بريد إلكتروني خاص به. أنشئوا عنوانًا للشخص الذي ليس لديه عنوان.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer ces étapes (PDF)</source>
        <translation>حفظ هذه الخطوات (PDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personne suivante (tout effacer)</source>
        <translation>الشخص التالي (مسح كل شيء)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommencer (tout effacer)</source>
        <translation>البدء من جديد (مسح كل شيء)</translation>
    </message>
</context>
<context>
    <name>ActivationHelp</name>
    <message>
        <location filename="../../aidant_app/ui/sections/activation_help.py" line="+67"/>
        <source>Un code est parti à {address}. Ouvrez cette boîte, puis écrivez le code ici : cela prouve que l&apos;adresse est la bonne.</source>
        <translation>أرسلنا رمزًا إلى {address}. افتحوا هذا الصندوق، ثم اكتبوا الرمز هنا: هذا يثبت أن العنوان صحيح.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Renvoyer le message (possible dans {n} s)</source>
        <translation>إعادة إرسال الرسالة (ممكنة بعد {n} ثانية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renvoyer le message</source>
        <translation>إعادة إرسال الرسالة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>« Spam » ou « Courrier indésirable »</source>
        <translation>‏«Spam» أو «Courrier indésirable» (البريد غير المرغوب فيه)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je ne trouve pas le message</source>
        <translation>لا أجد الرسالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1. Attendez 2 ou 3 minutes : un message peut mettre un peu de temps.
2. Regardez dans le dossier des messages indésirables : {folder}
3. Vérifiez que vous ouvrez la bonne boîte e-mail.</source>
        <translation>1. انتظروا 2 أو 3 دقائق: قد تتأخر الرسالة قليلًا.
2. انظروا في مجلد الرسائل غير المرغوب فيها: {folder}
3. تأكدوا أنكم تفتحون صندوق البريد الإلكتروني الصحيح.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toujours rien ? Demandez un nouveau message. Seul le lien du dernier message marche.</source>
        <translation>لا شيء بعد؟ اطلبوا رسالة جديدة. رابط آخر رسالة فقط هو الذي يعمل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;adresse e-mail est fausse ?</source>
        <translation>هل عنوان البريد الإلكتروني خاطئ؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse e-mail corrigée</source>
        <translation>عنوان البريد الإلكتروني بعد التصحيح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envoyer un code à cette adresse</source>
        <translation>إرسال رمز إلى هذا العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code reçu à la nouvelle adresse</source>
        <translation>الرمز الذي وصل إلى العنوان الجديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corriger l&apos;adresse et recevoir un nouveau lien</source>
        <translation>تصحيح العنوان والحصول على رابط جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le lien ne s&apos;ouvre pas ?</source>
        <translation>الرابط لا يُفتح؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collez ici le lien du message</source>
        <translation>الصقوا رابط الرسالة هنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dans le message, faites un clic droit sur le lien. Choisissez « Copier l&apos;adresse du lien ». Puis collez-la ici (Ctrl + V).</source>
        <translation>في الرسالة، اضغطوا على الرابط بالزر الأيمن للفأرة. اختاروا «Copier l&apos;adresse du lien» (نسخ عنوان الرابط). ثم الصقوه هنا (Ctrl + V).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valider le lien</source>
        <translation>التحقق من الرابط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le vrai message ou un faux ?</source>
        <translation>رسالة حقيقية أم مزيفة؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>En entraînement, le lien commence par http://{host}</source>
        <translation>في التدريب، يبدأ الرابط بـ http://{host}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Le lien mène à l&apos;adresse du service : {host}</source>
        <translation>الرابط يؤدي إلى عنوان الخدمة: {host}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• Le vrai message arrive juste après votre demande.
• Il ne demande jamais votre mot de passe, ni votre numéro de carte bancaire.
• {where}.
• Un message qui vous presse (« dernier délai », « compte bloqué ») est souvent un faux.
• Dans le doute, ne cliquez pas : collez le lien ci-dessus, l&apos;application le vérifie.</source>
        <translation>• الرسالة الحقيقية تصل مباشرة بعد طلبكم.
• لا تطلب أبدًا كلمة المرور، ولا رقم البطاقة البنكية.
• ‏{where}.
• الرسالة التي تستعجلكم («dernier délai»: آخر مهلة، «compte bloqué»: حساب مغلق) غالبًا مزيفة.
• إذا شككتم، لا تضغطوا: الصقوا الرابط في الأعلى، والتطبيق يتحقق منه.</translation>
    </message>
</context>
<context>
    <name>ActivationPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/activation.py" line="+84"/>
        <source>Activer votre compte</source>
        <translation>تفعيل حسابكم</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ouvrir la boîte d&apos;entraînement</source>
        <translation>فتح صندوق التدريب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ouvrir ma boîte e-mail</source>
        <translation>فتح صندوق بريدي الإلكتروني</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Je ne trouve pas le message, ou l&apos;adresse est fausse</source>
        <translation>لا أجد الرسالة، أو العنوان خاطئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour revenir plus tard</source>
        <translation>للعودة لاحقًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copier le code de reprise</source>
        <translation>نسخ رمز الاستئناف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer l&apos;aide-mémoire (PDF)</source>
        <translation>حفظ ورقة التذكير (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommencer l&apos;entraînement</source>
        <translation>إعادة التدريب من البداية</translation>
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
        <translation>تم إنشاء حسابكم. بقي تفعيله، أي تشغيله:
1. أرسلنا رسالة إلى {address}.
2. افتحوا صندوق بريدكم الإلكتروني.
3. افتحوا الرسالة «Confirmez votre adresse e-mail» (أكِّدوا عنوان بريدكم الإلكتروني).
4. اضغطوا على الرابط في الرسالة.
5. في الصفحة التي تُفتح، اضغطوا على «Confirmer mon adresse» (تأكيد عنواني).
6. عودوا إلى هنا: هذه الصفحة تتقدم وحدها.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Votre code de reprise : {code}
Avec ce code et votre date de naissance, vous pourrez reprendre ici. Il est aussi sur l&apos;aide-mémoire : la feuille à imprimer et à garder.</source>
        <translation>رمز الاستئناف الخاص بكم: {code}
بهذا الرمز وتاريخ ميلادكم، يمكنكم المتابعة هنا لاحقًا. الرمز موجود أيضًا على ورقة التذكير: الورقة التي تطبعونها وتحتفظون بها.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>⚠ Nous n&apos;avons pas pu envoyer le message à cette adresse. Vérifiez l&apos;adresse e-mail. Si elle est fausse, corrigez-la ci-dessous (« L&apos;adresse e-mail est fausse ? »).</source>
        <translation>⚠ لم نستطع إرسال الرسالة إلى هذا العنوان. تحققوا من عنوان البريد الإلكتروني. إذا كان خاطئًا، صححوه في الأسفل («هل عنوان البريد الإلكتروني خاطئ؟»).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ Votre compte est activé.</source>
        <translation>✔ تم تفعيل حسابكم.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Le lien n&apos;est plus valable. Demandez un nouveau message ci-dessous.</source>
        <translation>⚠ الرابط لم يعد صالحًا. اطلبوا رسالة جديدة في الأسفل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>En attente : nous regardons toutes les quelques secondes si vous avez cliqué sur le lien.</source>
        <translation>في الانتظار: نتحقق كل بضع ثوانٍ إن كنتم قد ضغطتم على الرابط.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>La page avance seule après votre clic sur le lien.</source>
        <translation>الصفحة تتقدم وحدها بعد ضغطكم على الرابط.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>✔ Aide-mémoire enregistré.</source>
        <translation>✔ تم حفظ ورقة التذكير.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>⚠ L&apos;application n&apos;a pas pu enregistrer l&apos;aide-mémoire à cet endroit.</source>
        <translation>⚠ لم يستطع التطبيق حفظ ورقة التذكير في هذا المكان.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Envoi d&apos;un nouveau message…</source>
        <translation>جارٍ إرسال رسالة جديدة…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Un nouveau message est parti. Ouvrez le plus récent : l&apos;ancien lien ne marche plus.</source>
        <translation>أرسلنا رسالة جديدة. افتحوا أحدث رسالة: الرابط القديم لم يعد يعمل.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adresse corrigée. Un nouveau lien est parti à {address}.</source>
        <translation>تم تصحيح العنوان. أرسلنا رابطًا جديدًا إلى {address}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Vérification du lien…</source>
        <translation>جارٍ التحقق من الرابط…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Le serveur d&apos;entraînement a redémarré. Il a oublié cette démarche d&apos;entraînement. Recommencez l&apos;entraînement depuis le début.</source>
        <translation>أُعيد تشغيل خادم التدريب. نسي هذا التدريب. أعيدوا التدريب من البداية.</translation>
    </message>
    <message>
        <location filename="../../aidant_app/ui/sections/address_correction.py" line="+41"/>
        <source>Envoi d&apos;un code à la nouvelle adresse…</source>
        <translation>جارٍ إرسال رمز إلى العنوان الجديد…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Changement de l&apos;adresse…</source>
        <translation>جارٍ تغيير العنوان…</translation>
    </message>
</context>
<context>
    <name>ActivationQuestionPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/activation_question.py" line="+23"/>
        <source>Activer votre compte ameli</source>
        <translation>تفعيل حسابكم في ameli</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Oui, j&apos;ai vu la confirmation</source>
        <translation>نعم، رأيت التأكيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pas encore</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avez-vous cliqué sur le lien du message d&apos;ameli, puis vu la confirmation ?</source>
        <translation>هل ضغطتم على الرابط في رسالة ameli، ثم رأيتم التأكيد؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le site ameli vous a envoyé un message. Ouvrez votre boîte e-mail et cliquez sur le lien du message. Une page d&apos;ameli confirme alors que le compte est activé.</source>
        <translation>أرسل لكم موقع ameli رسالة. افتحوا صندوق بريدكم الإلكتروني واضغطوا على الرابط في الرسالة. بعدها تؤكد صفحة من ameli أن الحساب مفعَّل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aidant ne voit pas votre compte ameli : c&apos;est vous qui nous dites ce que vous voyez.</source>
        <translation>‏Aidant لا يرى حسابكم في ameli: أنتم تخبروننا بما ترونه.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Quand vous avez vu la confirmation d&apos;ameli, répondez « Oui ».</source>
        <translation>عندما ترون تأكيد ameli، أجيبوا «نعم».</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../aidant_app/ui/report_dialog.py" line="+123"/>
        <source>Le début de la période est après la fin. Changez une des dates.</source>
        <translation>بداية المدة بعد نهايتها. غيّروا أحد التاريخين.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chargement…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accompagnements</source>
        <translation>المرافقات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{n} accompagnements, {m} minutes, pour la structure « {s} ».</source>
        <translation>عدد المرافقات: {n}، عدد الدقائق: {m}، للمؤسسة «{s}».</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Graphique des accompagnements par semaine</source>
        <translation>رسم بياني للمرافقات في كل أسبوع</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Semaine du {date}</source>
        <translation>أسبوع {date}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{summary} Le tableau à côté donne les mêmes chiffres.</source>
        <translation>{summary} الجدول بجانبه يعطي الأرقام نفسها.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 accompagnement, 1 minute, pour la structure « {s} ».</source>
        <translation>مرافقة واحدة، دقيقة واحدة، للمؤسسة «{s}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 accompagnement, {m} minutes, pour la structure « {s} ».</source>
        <translation>مرافقة واحدة، عدد الدقائق: {m}، للمؤسسة «{s}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} accompagnements, 1 minute, pour la structure « {s} ».</source>
        <translation>عدد المرافقات: {n}، دقيقة واحدة، للمؤسسة «{s}».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exporter l&apos;activité</source>
        <translation>تصدير النشاط</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tableur CSV (*.csv)</source>
        <translation>جدول CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fichier enregistré : 1 accompagnement.</source>
        <translation>تم حفظ الملف. مرافقة واحدة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fichier enregistré : {n} accompagnements.</source>
        <translation>تم حفظ الملف. عدد المرافقات: {n}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Aidant – activité de la structure</source>
        <translation>‏Aidant – نشاط المؤسسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Du</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>au</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afficher</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mes accompagnements</source>
        <translation>مرافقاتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valeurs à recopier dans la Coop, dans l&apos;ordre</source>
        <translation>القيم التي تنسخونها في Coop، بالترتيب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tableau des accompagnements par semaine</source>
        <translation>جدول المرافقات في كل أسبوع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporter en CSV…</source>
        <translation>تصدير بصيغة CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fermer</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <location filename="../../aidant_app/ui/i18n.py" line="+35"/>
        <source>{text} (en français)</source>
        <translation>{text} (بالفرنسية)</translation>
    </message>
</context>
<context>
    <name>BusyArea</name>
    <message>
        <location filename="../../aidant_app/ui/statusareas.py" line="+92"/>
        <source>Un instant, s&apos;il vous plaît…</source>
        <translation>لحظة من فضلكم…</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/choice.py" line="+70"/>
        <source>Votre réponse</source>
        <translation>جوابكم</translation>
    </message>
</context>
<context>
    <name>Companion</name>
    <message>
        <location filename="../../build/lupdate/help_cases.py" line="+16"/>
        <source>La page d&apos;accueil du service ameli pour créer un compte.</source>
        <translation>صفحة الاستقبال في خدمة ameli لإنشاء حساب.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherchez un bouton pour créer un compte. Ses mots changent avec les années.</source>
        <translation>ابحثوا عن زر لإنشاء حساب. كلمات الزر تتغير مع السنين.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votre numéro de sécurité sociale : les 13 premiers chiffres, sans la clé (les 2 derniers).</source>
        <translation>رقم الضمان الاجتماعي: أول 13 رقمًا، بدون المفتاح (آخر رقمين).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherchez une case pour le numéro de sécurité sociale. Il est sur la carte Vitale.</source>
        <translation>ابحثوا عن خانة لرقم الضمان الاجتماعي. الرقم موجود على بطاقة carte Vitale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votre date de naissance, sous la forme jj/mm/aaaa.</source>
        <translation>تاريخ ميلادكم، بهذا الشكل: يوم/شهر/سنة (jj/mm/aaaa).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherchez une case pour la date de naissance.</source>
        <translation>ابحثوا عن خانة لتاريخ الميلاد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si le site ne demande pas la date ici, passez à l&apos;étape suivante. Il la demandera peut-être plus tard.</source>
        <translation>إذا لم يطلب الموقع التاريخ هنا، انتقلوا إلى الخطوة التالية. ربما يطلبه لاحقًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le code postal de votre domicile.</source>
        <translation>الرمز البريدي لمكان سكنكم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherchez une case pour le code postal.</source>
        <translation>ابحثوا عن خانة للرمز البريدي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si le site ne demande pas le code postal, passez à l&apos;étape suivante.</source>
        <translation>إذا لم يطلب الموقع الرمز البريدي، انتقلوا إلى الخطوة التالية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Une preuve de votre identité : souvent l&apos;IBAN du compte où vous recevez vos remboursements.</source>
        <translation>دليل على هويتكم: غالبًا رقم IBAN للحساب الذي تصلكم عليه التعويضات.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherchez une case pour l&apos;IBAN, ou une autre question pour vérifier que c&apos;est bien vous.</source>
        <translation>ابحثوا عن خانة لرقم IBAN، أو عن سؤال آخر للتأكد أنكم أنتم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si le site demande autre chose, répondez avec vos papiers. Si vous n&apos;avez pas de RIB, appelez le 36 46 : on peut vous envoyer un code par SMS.</source>
        <translation>إذا طلب الموقع شيئًا آخر، أجيبوا من أوراقكم. إذا لم تكن لديكم ورقة RIB، اتصلوا بالرقم 36&#xa0;46: يمكنهم إرسال رمز لكم في رسالة نصية (SMS).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votre adresse e-mail, celle que vous venez de vérifier.</source>
        <translation>عنوان بريدكم الإلكتروني، الذي تحققتم منه قبل قليل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherchez une case pour l&apos;adresse e-mail. Le site la demande parfois deux fois.</source>
        <translation>ابحثوا عن خانة لعنوان البريد الإلكتروني. أحيانًا يطلبه الموقع مرتين.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un mot de passe que vous choisissez pour le compte ameli.</source>
        <translation>كلمة مرور تختارونها لحساب ameli.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherchez une case pour le mot de passe. Le site le demande parfois deux fois.</source>
        <translation>ابحثوا عن خانة لكلمة المرور. أحيانًا يطلبها الموقع مرتين.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si les règles du site sont différentes de celles-ci, suivez les règles du site.</source>
        <translation>إذا كانت قواعد الموقع مختلفة عن هذه، اتبعوا قواعد الموقع.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les conditions d&apos;utilisation du compte.</source>
        <translation>شروط استخدام الحساب.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherchez une case à cocher pour accepter les conditions. Lisez-les avant.</source>
        <translation>ابحثوا عن خانة لوضع علامة وقبول الشروط. اقرؤوها قبل ذلك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si vous ne voyez pas de case à cocher, continuez sur le site.</source>
        <translation>إذا لم تروا خانة لوضع علامة، تابعوا على الموقع.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le site vous envoie un message avec un lien d&apos;activation.</source>
        <translation>يرسل لكم الموقع رسالة فيها رابط التفعيل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherchez un message qui dit que le compte est presque prêt. Ensuite, ouvrez votre boîte e-mail.</source>
        <translation>ابحثوا عن رسالة تقول إن الحساب شبه جاهز. بعد ذلك، افتحوا صندوق بريدكم الإلكتروني.</translation>
    </message>
</context>
<context>
    <name>CompanionCheck</name>
    <message>
        <location filename="../../aidant_app/ui/sections/companion_check.py" line="+107"/>
        <source>C&apos;est juste. Écrivez-le maintenant sur le site ameli.</source>
        <translation>هذا صحيح. اكتبوه الآن على موقع ameli.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adresse copiée. Collez-la sur le site ameli. L&apos;application l&apos;efface de la mémoire du copier-coller dans 30 secondes.</source>
        <translation>تم نسخ العنوان. الصقوه على موقع ameli. التطبيق يمسحه من ذاكرة النسخ واللصق بعد 30 ثانية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vérifiez ici d&apos;abord</source>
        <translation>تحققوا هنا أولًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rien de ce que vous écrivez ici n&apos;est envoyé. Aidant vérifie seulement. Ensuite, vous l&apos;écrivez vous-même sur le site ameli.</source>
        <translation>لا شيء مما تكتبونه هنا يُرسل. Aidant يتحقق فقط. بعد ذلك، تكتبونه أنتم بأنفسكم على موقع ameli.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ici, écrivez les 15 chiffres, avec la clé : Aidant vérifie la clé.</source>
        <translation>هنا، اكتبوا الأرقام الـ 15، مع المفتاح: Aidant يتحقق من المفتاح.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copier l&apos;adresse</source>
        <translation>نسخ العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vérifier</source>
        <translation>التحقق</translation>
    </message>
</context>
<context>
    <name>CompanionPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/companion.py" line="+76"/>
        <source>Étape {n} sur {total} : ce que le site demande</source>
        <translation>الخطوة {n} من {total}: ما يطلبه الموقع</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nous ne sommes pas sûrs de cette étape. Le site a pu changer.</source>
        <translation>لسنا متأكدين من هذه الخطوة. ربما تغيّر الموقع.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Créer votre compte sur le site ameli</source>
        <translation>إنشاء حسابكم على موقع ameli</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Étape suivante</source>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;ai fini sur le site ameli</source>
        <translation>انتهيت على موقع ameli</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Vous créez votre compte vous-même, sur le site officiel ameli. Aidant reste à côté et vous montre une étape à la fois.</source>
        <translation>تنشئون حسابكم بأنفسكم، على موقع ameli الرسمي. Aidant يبقى بجانبه ويريكم خطوة واحدة كل مرة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir le site ameli</source>
        <translation>فتح موقع ameli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir le site sur un téléphone</source>
        <translation>فتح الموقع على هاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scannez ce code avec l&apos;appareil photo du téléphone. Le site ameli s&apos;ouvre sur le téléphone.</source>
        <translation>امسحوا هذا الرمز بكاميرا الهاتف. يُفتح موقع ameli على الهاتف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code QR du site ameli</source>
        <translation>رمز QR لموقع ameli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;écran n&apos;est pas comme ça</source>
        <translation>الشاشة ليست هكذا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le site change parfois ses mots et l&apos;ordre des questions. Cherchez une question qui ressemble à celle-ci.</source>
        <translation>أحيانًا يغيّر الموقع كلماته وترتيب الأسئلة. ابحثوا عن سؤال يشبه هذا السؤال.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vous ne la trouvez pas ? Continuez sur le site. Puis appuyez sur « Étape suivante » ici.</source>
        <translation>لا تجدونه؟ تابعوا على الموقع. ثم اضغطوا هنا على «الخطوة التالية».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si vous êtes bloqué, appelez l&apos;Assurance Maladie :</source>
        <translation>إذا لم تستطيعوا المتابعة، اتصلوا بـ Assurance Maladie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Étape précédente</source>
        <translation>الخطوة السابقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toutes les étapes (mises à jour le {date})</source>
        <translation>كل الخطوات (حُدِّثت في {date})</translation>
    </message>
</context>
<context>
    <name>ConnectionArea</name>
    <message>
        <location filename="../../aidant_app/ui/statusareas.py" line="+103"/>
        <source>Le serveur d&apos;entraînement s&apos;est arrêté. Vos réponses sont gardées. Appuyez sur « Réessayer » pour le relancer.</source>
        <translation>توقف خادم التدريب. إجاباتكم محفوظة. اضغطوا على «إعادة المحاولة» لتشغيله من جديد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le serveur d&apos;entraînement n&apos;a pas pu démarrer. Appuyez sur « Réessayer ». Si cela recommence, fermez puis rouvrez l&apos;application.</source>
        <translation>لم يستطع خادم التدريب أن يبدأ. اضغطوا على «إعادة المحاولة». إذا تكرر ذلك، أغلقوا التطبيق ثم افتحوه من جديد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Démarrage du mode entraînement…</source>
        <translation>جارٍ تشغيل وضع التدريب…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connexion au service…</source>
        <translation>جارٍ الاتصال بالخدمة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Réessayer</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réessayer la connexion</source>
        <translation>إعادة محاولة الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réglages</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir les réglages</source>
        <translation>فتح الإعدادات</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <location filename="../../aidant_app/ui/contacts.py" line="+63"/>
        <source>{label} : {phone} ({details})</source>
        <translation>‏{label}: {phone} ({details})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} : {phone}</source>
        <translation>‏{label}: {phone}</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <location filename="../../aidant_app/ui/widgets/details.py" line="+50"/>
        <source>▾ {summary}</source>
        <translation>▾ ‏{summary}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▸ {summary}</source>
        <translation>▸ ‏{summary}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ouvert : appuyez pour masquer.</source>
        <translation>مفتوح: اضغطوا للإخفاء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fermé : appuyez pour afficher.</source>
        <translation>مغلق: اضغطوا للعرض.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/done.py" line="+72"/>
        <source>Votre identifiant : les 13 premiers chiffres de votre numéro de sécurité sociale</source>
        <translation>معرّفكم: أول 13 رقمًا من رقم الضمان الاجتماعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afficher tous les chiffres</source>
        <translation>إظهار كل الأرقام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votre adresse e-mail</source>
        <translation>عنوان بريدكم الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votre mot de passe ameli</source>
        <translation>كلمة مروركم في ameli</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Bravo ! Voici ce qu&apos;il faut retenir. Enregistrez l&apos;aide-mémoire, la feuille à garder. Ensuite, imprimez-le.</source>
        <translation>أحسنتم! إليكم ما يجب تذكّره. احفظوا ورقة التذكير، وهي الورقة التي تحتفظون بها. بعد ذلك، اطبعوها.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>C&apos;est terminé : votre compte est prêt</source>
        <translation>انتهى: حسابكم جاهز</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vous avez créé votre compte vous-même, sur le site officiel ameli.</source>
        <translation>أنشأتم حسابكم بأنفسكم، على موقع ameli الرسمي.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&apos;est celui que vous avez choisi sur le site ameli. Ce n&apos;est pas celui de votre boîte e-mail. L&apos;application ne le garde pas. Écrivez-le à la main sur l&apos;aide-mémoire.</source>
        <translation>هي كلمة المرور التي اخترتموها على موقع ameli. ليست كلمة مرور صندوق بريدكم الإلكتروني. التطبيق لا يحفظها. اكتبوها بخط اليد على ورقة التذكير.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&apos;est celui que vous avez choisi pour le compte ameli, dans le formulaire. Ce n&apos;est pas celui de votre boîte e-mail. L&apos;application ne le montre pas et ne le garde pas. Écrivez-le à la main sur l&apos;aide-mémoire.</source>
        <translation>هي كلمة المرور التي اخترتموها لحساب ameli، في الاستمارة. ليست كلمة مرور صندوق بريدكم الإلكتروني. التطبيق لا يعرضها ولا يحفظها. اكتبوها بخط اليد على ورقة التذكير.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour vous connecter : allez sur ameli.fr. Choisissez « Compte ameli ». Puis écrivez votre identifiant et votre mot de passe.</source>
        <translation>لتسجيل الدخول: اذهبوا إلى ameli.fr. اختاروا «Compte ameli» (حساب ameli). ثم اكتبوا معرّفكم وكلمة المرور.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;aide-mémoire est un fichier PDF. Vous choisissez où l&apos;enregistrer. Il ne contient ni mot de passe ni code. Le numéro y est caché en partie, sauf si vous cochez la case ci-dessous.</source>
        <translation>ورقة التذكير ملف PDF. أنتم تختارون أين تحفظونه. لا تحتوي على كلمة مرور ولا على رمز. الرقم مخفي جزئيًا فيها، إلا إذا وضعتم علامة في الخانة في الأسفل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mettre le numéro complet sur l&apos;aide-mémoire</source>
        <translation>وضع الرقم كاملًا على ورقة التذكير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer l&apos;aide-mémoire (PDF)</source>
        <translation>حفظ ورقة التذكير (PDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personne suivante (tout effacer)</source>
        <translation>الشخص التالي (مسح كل شيء)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminer (tout effacer)</source>
        <translation>إنهاء (مسح كل شيء)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Identifiant : {digits}</source>
        <translation>المعرّف: {digits}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identifiant caché, se terminant par {digits}</source>
        <translation>المعرّف مخفي، وينتهي بـ {digits}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>✔ Aide-mémoire enregistré. Vous pouvez l&apos;ouvrir pour l&apos;imprimer.</source>
        <translation>✔ تم حفظ ورقة التذكير. يمكنكم فتحها لطباعتها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ L&apos;application n&apos;a pas pu enregistrer l&apos;aide-mémoire à cet endroit. Choisissez un autre dossier.</source>
        <translation>⚠ لم يستطع التطبيق حفظ ورقة التذكير في هذا المكان. اختاروا مجلدًا آخر.</translation>
    </message>
</context>
<context>
    <name>EmailAddressPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/email_address.py" line="+53"/>
        <source>Écrivez votre adresse e-mail</source>
        <translation>اكتبوا عنوان بريدكم الإلكتروني</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Écrivez votre adresse e-mail, lettre par lettre. Nous allons vérifier qu&apos;elle est bien écrite. Ensuite, nous vous envoyons un code. Ce code montre que vous pouvez ouvrir cette boîte.</source>
        <translation>اكتبوا عنوان بريدكم الإلكتروني، حرفًا بحرف. سنتحقق أنه مكتوب بشكل صحيح. بعد ذلك، نرسل لكم رمزًا. هذا الرمز يبيّن أنكم تستطيعون فتح هذا الصندوق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse e-mail</source>
        <translation>عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Par exemple : prenom.nom@exemple.fr (sans espace)</source>
        <translation>مثلًا: prenom.nom@exemple.fr (بدون مسافة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je n&apos;arrive pas à ouvrir cette boîte</source>
        <translation>لا أستطيع فتح هذا الصندوق</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Répondez d&apos;abord à la question sur l&apos;adresse : la corriger, ou la garder telle quelle.</source>
        <translation>أجيبوا أولًا عن السؤال حول العنوان: تصحيحه، أو تركه كما هو.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Écrivez d&apos;abord votre adresse e-mail en entier.</source>
        <translation>اكتبوا أولًا عنوان بريدكم الإلكتروني كاملًا.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>✔ L&apos;adresse semble bien écrite.</source>
        <translation>✔ يبدو أن العنوان مكتوب بشكل صحيح.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Il y a peut-être une faute de frappe. Vouliez-vous dire {address} ?</source>
        <translation>ربما يوجد خطأ في الكتابة. هل تقصدون {address}؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oui, corriger en {address}</source>
        <translation>نعم، التصحيح إلى {address}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non, garder mon adresse telle quelle</source>
        <translation>لا، ترك عنواني كما هو</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Vérification de l&apos;adresse…</source>
        <translation>جارٍ التحقق من العنوان…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cette adresse est une adresse jetable : elle disparaît vite. Il faut une adresse qui dure. Utilisez une autre adresse, ou créez-en une.</source>
        <translation>هذا عنوان مؤقت يُرمى بعد الاستعمال: يختفي بسرعة. تحتاجون إلى عنوان يدوم. استعملوا عنوانًا آخر، أو أنشئوا عنوانًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cette adresse semble ne pas pouvoir recevoir de messages. Vérifiez la partie après le @ (par exemple gmail.com). Si elle est juste, continuez : vous allez ouvrir la boîte pour vérifier.</source>
        <translation>يبدو أن هذا العنوان لا يستطيع استقبال الرسائل. تحققوا من الجزء الذي بعد @ (مثلًا gmail.com). إذا كان صحيحًا، تابعوا: ستفتحون الصندوق للتحقق.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette adresse semble ne pas pouvoir recevoir de messages. Vérifiez la partie après le @ (par exemple gmail.com). Si elle est juste, continuez : nous allons envoyer un code pour vérifier.</source>
        <translation>يبدو أن هذا العنوان لا يستطيع استقبال الرسائل. تحققوا من الجزء الذي بعد @ (مثلًا gmail.com). إذا كان صحيحًا، تابعوا: سنرسل رمزًا للتحقق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mon adresse est juste, continuer</source>
        <translation>عنواني صحيح، متابعة</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Envoi du code à votre adresse…</source>
        <translation>جارٍ إرسال الرمز إلى عنوانكم…</translation>
    </message>
</context>
<context>
    <name>EmailCodePage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/email_code.py" line="+59"/>
        <source>Le code reçu par e-mail</source>
        <translation>الرمز الذي وصل بالبريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recevoir un nouveau code (possible dans {n} s)</source>
        <translation>الحصول على رمز جديد (ممكن بعد {n} ثانية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recevoir un nouveau code</source>
        <translation>الحصول على رمز جديد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nous avons envoyé un code à : {address}</source>
        <translation>أرسلنا رمزًا إلى: {address}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1. Ouvrez votre boîte e-mail, puis le message d&apos;Aidant.
2. Écrivez ici les {n} chiffres du code.</source>
        <translation>1. افتحوا صندوق بريدكم الإلكتروني، ثم رسالة Aidant.
2. اكتبوا هنا أرقام الرمز ({n} أرقام).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le code marche pendant 1 minute.</source>
        <translation>الرمز يعمل لمدة دقيقة واحدة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le code marche pendant {m} minutes.</source>
        <translation>الرمز يعمل لمدة {m} دقيقة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ouvrir la boîte d&apos;entraînement</source>
        <translation>فتح صندوق التدريب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ouvrir ma boîte e-mail</source>
        <translation>فتح صندوق بريدي الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code à {n} chiffres</source>
        <translation>رمز من {n} أرقام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« Spam » ou « Courrier indésirable »</source>
        <translation>‏«Spam» أو «Courrier indésirable» (البريد غير المرغوب فيه)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pas de message ? Attendez 2 ou 3 minutes. Regardez aussi dans le dossier des messages indésirables : {folder}</source>
        <translation>لم تصل رسالة؟ انتظروا 2 أو 3 دقائق. انظروا أيضًا في مجلد الرسائل غير المرغوب فيها: {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je ne peux pas ouvrir cette boîte</source>
        <translation>لا أستطيع فتح هذا الصندوق</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Écrivez d&apos;abord les {n} chiffres du code.</source>
        <translation>اكتبوا أولًا أرقام الرمز ({n} أرقام).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Vérification du code…</source>
        <translation>جارٍ التحقق من الرمز…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Trop d&apos;essais avec ce code. Par sécurité, il ne marche plus. Demandez un nouveau code avec le bouton ci-dessous.</source>
        <translation>محاولات كثيرة بهذا الرمز. للأمان، لم يعد يعمل. اطلبوا رمزًا جديدًا بالزر في الأسفل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trop d&apos;essais avec ce code. Par sécurité, il ne marche plus. Vous pourrez demander un nouveau code dans {n} secondes.</source>
        <translation>محاولات كثيرة بهذا الرمز. للأمان، لم يعد يعمل. يمكنكم طلب رمز جديد بعد {n} ثانية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trop d&apos;essais avec ce code. Par sécurité, il ne marche plus. Vous pourrez demander un nouveau code dans {n} minutes.</source>
        <translation>محاولات كثيرة بهذا الرمز. للأمان، لم يعد يعمل. يمكنكم طلب رمز جديد بعد {n} دقيقة.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Envoi d&apos;un nouveau code…</source>
        <translation>جارٍ إرسال رمز جديد…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Un nouveau code est parti. Prenez le message le plus récent : l&apos;ancien code ne marche plus.</source>
        <translation>أرسلنا رمزًا جديدًا. خذوا أحدث رسالة: الرمز القديم لم يعد يعمل.</translation>
    </message>
</context>
<context>
    <name>EmailQuestionPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/email_question.py" line="+19"/>
        <source>Avez-vous une adresse e-mail ?</source>
        <translation>هل لديكم عنوان بريد إلكتروني؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Oui, j&apos;ai une adresse et je peux l&apos;ouvrir</source>
        <translation>نعم، لديّ عنوان وأستطيع فتحه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non, je n&apos;ai pas d&apos;adresse</source>
        <translation>لا، ليس لديّ عنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je ne sais pas</source>
        <translation>لا أعرف</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avez-vous une adresse e-mail personnelle que vous pouvez ouvrir aujourd&apos;hui ?</source>
        <translation>هل لديكم عنوان بريد إلكتروني شخصي تستطيعون فتحه اليوم؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le compte ameli a besoin d&apos;une adresse e-mail qui n&apos;est qu&apos;à vous. Vous recevrez un message dessus, et il faudra l&apos;ouvrir aujourd&apos;hui.</source>
        <translation>حساب ameli يحتاج إلى عنوان بريد إلكتروني خاص بكم وحدكم. ستصلكم رسالة عليه، ويجب فتحها اليوم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Une adresse e-mail ressemble à ceci : prenom.nom@exemple.fr. Si vous ne savez pas, ce n&apos;est pas grave : nous allons en créer une ensemble, gratuitement. Appuyez sur « Continuer ».</source>
        <translation>عنوان البريد الإلكتروني يشبه هذا: prenom.nom@exemple.fr. إذا كنتم لا تعرفون، لا بأس: سننشئ عنوانًا معًا، مجانًا. اضغطوا على «متابعة».</translation>
    </message>
</context>
<context>
    <name>EmailSeenPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/email_seen.py" line="+24"/>
        <source>Ouvrez votre boîte e-mail</source>
        <translation>افتحوا صندوق بريدكم الإلكتروني</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Je vois un message de bienvenue</source>
        <translation>أرى رسالة ترحيب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je vois la liste des dossiers (Boîte de réception…)</source>
        <translation>أرى قائمة المجلدات («Boîte de réception»: صندوق الوارد…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je n&apos;arrive pas à l&apos;ouvrir</source>
        <translation>لا أستطيع فتحه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ouvrez maintenant la boîte de {address}. Que voyez-vous ?</source>
        <translation>افتحوا الآن صندوق {address}. ماذا ترون؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ouvrez-la sur cet ordinateur ou sur votre téléphone. Il faut le mot de passe de la boîte e-mail.</source>
        <translation>افتحوه على هذا الحاسوب أو على هاتفكم. تحتاجون إلى كلمة مرور صندوق البريد الإلكتروني.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aidant ne peut pas vérifier votre boîte e-mail. La vraie preuve viendra à la fin : le message d&apos;ameli arrivera dans cette boîte.</source>
        <translation>‏Aidant لا يستطيع التحقق من صندوق بريدكم الإلكتروني. الدليل الحقيقي يأتي في النهاية: ستصل رسالة ameli إلى هذا الصندوق.</translation>
    </message>
</context>
<context>
    <name>ErrorArea</name>
    <message>
        <location filename="../../aidant_app/ui/statusareas.py" line="-152"/>
        <source>⚠ {message}</source>
        <translation>⚠ ‏{message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erreur</source>
        <translation>خطأ</translation>
    </message>
</context>
<context>
    <name>HelpCases</name>
    <message>
        <location filename="../../aidant_app/ui/help_cases.py" line="+46"/>
        <source>Appelez le {phone} ({details}).</source>
        <translation>اتصلوا بالرقم {phone} ({details}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appelez le 36 46.</source>
        <translation>اتصلوا بالرقم 36&#xa0;46.</translation>
    </message>
    <message>
        <location filename="../../build/lupdate/help_cases.py" line="-36"/>
        <source>J&apos;ai oublié l&apos;adresse e-mail donnée à l&apos;Assurance Maladie</source>
        <translation>نسيت عنوان البريد الإلكتروني الذي أعطيته لـ Assurance Maladie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mon adresse est déjà utilisée pour un autre compte ameli</source>
        <translation>عنواني مستعمل من قبل لحساب ameli آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce n&apos;est pas possible : chaque compte ameli a sa propre adresse e-mail, personnelle. Un couple ne peut pas partager une adresse. Créez une adresse pour cette personne (voir plus bas).</source>
        <translation>هذا غير ممكن: لكل حساب ameli عنوان بريد إلكتروني خاص به، شخصي. لا يستطيع زوجان أن يستعملا عنوانًا واحدًا. أنشئوا عنوانًا لهذا الشخص (انظروا في الأسفل).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je n&apos;ai pas d&apos;adresse e-mail</source>
        <translation>ليس لديّ عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce n&apos;est pas grave. L&apos;application vous aide à en créer une, gratuite, ici même. Il faut qu&apos;elle marche avant de créer le compte ameli.</source>
        <translation>لا بأس. التطبيق يساعدكم على إنشاء عنوان مجاني، هنا مباشرة. يجب أن يعمل قبل إنشاء حساب ameli.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je ne trouve pas le message</source>
        <translation>لا أجد الرسالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendez 2 ou 3 minutes. Regardez dans le dossier « Spam » ou « Courrier indésirable » de votre boîte e-mail. Vérifiez l&apos;adresse écrite. À l&apos;étape Activation, le bouton « Renvoyer le message » en envoie un nouveau.</source>
        <translation>انتظروا 2 أو 3 دقائق. انظروا في مجلد «Spam» أو «Courrier indésirable» (البريد غير المرغوب فيه) في صندوق بريدكم الإلكتروني. تحققوا من العنوان المكتوب. في خطوة «التفعيل»، زر «إعادة إرسال الرسالة» يرسل رسالة جديدة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Solidarité Numérique répond au {solidarite}, du lundi au vendredi, de 9 h à 18 h. Vous pouvez aussi voir un « conseiller numérique » près de chez vous. Vous en trouvez par exemple dans une maison France Services.</source>
        <translation>‏Solidarité Numérique تجيب على الرقم {solidarite}، من الاثنين إلى الجمعة، من 9 صباحًا إلى 6 مساءً. يمكنكم أيضًا مقابلة «conseiller numérique» (مستشار رقمي) قريب من سكنكم. تجدونه مثلًا في مكتب France Services.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Le lien du message ne marche plus</source>
        <translation>رابط الرسالة لم يعد يعمل</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>{phone_line}
Depuis l&apos;étranger : {abroad}. Vérifiez ce numéro sur ameli.fr.
Ayez votre carte Vitale ou votre RIB (la feuille de votre banque) près de vous. On vous pose des questions pour vérifier que c&apos;est bien vous.</source>
        <translation>{phone_line}
من خارج فرنسا: {abroad}. تحققوا من هذا الرقم على موقع ameli.fr.
ضعوا بجانبكم بطاقة carte Vitale أو ورقة RIB (ورقة من بنككم). سيسألونكم أسئلة للتأكد أنكم أنتم.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Un lien sert une seule fois et pendant un temps limité. À l&apos;étape Activation, demandez un nouveau message. Utilisez toujours le message le plus récent : les anciens liens ne marchent plus.</source>
        <translation>الرابط يعمل مرة واحدة فقط ولوقت محدود. في خطوة «التفعيل»، اطلبوا رسالة جديدة. استعملوا دائمًا أحدث رسالة: الروابط القديمة لم تعد تعمل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je voudrais de l&apos;aide près de chez moi</source>
        <translation>أريد مساعدة قريبة من سكني</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;application n&apos;arrive pas à joindre le service</source>
        <translation>التطبيق لا يستطيع الوصول إلى الخدمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vérifiez que l&apos;ordinateur est connecté à internet (Wi-Fi ou câble). Puis appuyez sur « Réessayer ». Ce que vous avez écrit est gardé. Si cela continue, demandez à la personne qui s&apos;occupe des ordinateurs.</source>
        <translation>تحققوا أن الحاسوب متصل بالإنترنت (Wi-Fi أو كابل). ثم اضغطوا على «إعادة المحاولة». ما كتبتموه محفوظ. إذا استمر ذلك، اسألوا الشخص المسؤول عن الحواسيب.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../aidant_app/ui/help_dialog.py" line="+104"/>
        <source>Choisissez d&apos;abord qui utilise l&apos;application, sur la première page.</source>
        <translation>اختاروا أولًا من يستعمل التطبيق، في الصفحة الأولى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connectez-vous d&apos;abord et cochez l&apos;accord de la personne, sur la première page.</source>
        <translation>سجّلوا الدخول أولًا وضعوا علامة على موافقة الشخص، في الصفحة الأولى.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Aidant – j&apos;ai un problème</source>
        <translation>‏Aidant – لديّ مشكلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les réponses de l&apos;aide</source>
        <translation>أجوبة المساعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez ce qui vous arrive. Chaque réponse dit quoi faire. Ce que vous avez écrit reste dans l&apos;application.</source>
        <translation>اختاروا ما يحدث لكم. كل جواب يقول ماذا تفعلون. ما كتبتموه يبقى في التطبيق.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Créer une adresse e-mail maintenant</source>
        <translation>إنشاء عنوان بريد إلكتروني الآن</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fermer l&apos;aide</source>
        <translation>إغلاق المساعدة</translation>
    </message>
</context>
<context>
    <name>HelperSignIn</name>
    <message>
        <location filename="../../aidant_app/ui/helper_signin.py" line="+168"/>
        <source>Connexion de l&apos;aidant…</source>
        <translation>جارٍ تسجيل دخول المرافق…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Déconnexion…</source>
        <translation>جارٍ تسجيل الخروج…</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Pour garder votre connexion, l&apos;application la range dans le Gestionnaire d&apos;identification de Windows. Elle reste sur cet ordinateur. Aucune fenêtre ne s&apos;ouvre.</source>
        <translation>للاحتفاظ بتسجيل دخولكم، يحفظه التطبيق في «Gestionnaire d&apos;identification» (مدير بيانات الاعتماد) في Windows. يبقى على هذا الحاسوب. لا تُفتح أي نافذة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pour garder votre connexion, l&apos;application la range dans le trousseau de votre Mac. Le trousseau est l&apos;endroit où le Mac garde les mots de passe. Le Mac peut demander l&apos;accès au trousseau. Tapez alors le mot de passe de votre session Mac. Puis cliquez sur « Toujours autoriser ».</source>
        <translation>للاحتفاظ بتسجيل دخولكم، يحفظه التطبيق في خزنة كلمات المرور في جهاز Mac (trousseau). الخزنة هي المكان الذي يحفظ فيه الـ Mac كلمات المرور. قد يطلب الـ Mac الإذن بالوصول إلى الخزنة. اكتبوا عندها كلمة مرور جلسة الـ Mac. ثم اضغطوا على «Toujours autoriser» (السماح دائمًا).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour garder votre connexion, l&apos;application la range dans le trousseau de l&apos;ordinateur. Le trousseau est l&apos;endroit où l&apos;ordinateur garde les mots de passe. Une fenêtre de l&apos;ordinateur peut s&apos;ouvrir, parfois en anglais (« Choose password for new keyring »). C&apos;est le trousseau : choisissez un mot de passe pour lui. Ou bien, appuyez sur « Cancel » pour ne pas garder la connexion.</source>
        <translation>للاحتفاظ بتسجيل دخولكم، يحفظه التطبيق في خزنة كلمات المرور في الحاسوب (trousseau). الخزنة هي المكان الذي يحفظ فيه الحاسوب كلمات المرور. قد تُفتح نافذة من الحاسوب، أحيانًا بالإنجليزية («Choose password for new keyring»). هذه هي الخزنة: اختاروا كلمة مرور لها. أو اضغطوا على «Cancel» (إلغاء) حتى لا يُحفظ تسجيل الدخول.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>✔ Connexion réussie : {name}. L&apos;ordinateur garde la connexion dans son trousseau.</source>
        <translation>✔ تم تسجيل الدخول: {name}. الحاسوب يحفظ تسجيل الدخول في خزنة كلمات المرور.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ Connexion réussie : {name}. L&apos;application oubliera la connexion quand vous la fermerez.</source>
        <translation>✔ تم تسجيل الدخول: {name}. سينسى التطبيق تسجيل الدخول عندما تغلقونه.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connexion de l&apos;aidant (vous, pas la personne)</source>
        <translation>تسجيل دخول المرافق (أنتم، وليس الشخص)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour vous entraîner, l&apos;identifiant est « {login} ». Le mot de passe est « {password} ».</source>
        <translation>للتدريب، المعرّف هو «{login}». كلمة المرور هي «{password}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiant de l&apos;aidant</source>
        <translation>معرّف المرافق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mot de passe de l&apos;aidant</source>
        <translation>كلمة مرور المرافق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cacher</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afficher</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cacher le mot de passe</source>
        <translation>إخفاء كلمة المرور</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afficher le mot de passe</source>
        <translation>إظهار كلمة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Garder la connexion sur cet ordinateur</source>
        <translation>الاحتفاظ بتسجيل الدخول على هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Se connecter</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Se déconnecter</source>
        <translation>تسجيل الخروج</translation>
    </message>
</context>
<context>
    <name>IdleDialog</name>
    <message>
        <location filename="../../aidant_app/ui/idle.py" line="+84"/>
        <source>Aidant – êtes-vous encore là ?</source>
        <translation>‏Aidant – هل ما زلتم هنا؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personne n&apos;a touché l&apos;ordinateur depuis un moment. Le compte ameli est créé. Vous n&apos;avez pas enregistré l&apos;aide-mémoire. Si l&apos;application efface tout, il faudra ce code de reprise pour revenir : {code}. Notez-le, ou appuyez sur le bouton pour continuer.</source>
        <translation>لم يلمس أحد الحاسوب منذ مدة. تم إنشاء حساب ameli. لم تحفظوا ورقة التذكير. إذا مسح التطبيق كل شيء، ستحتاجون إلى رمز الاستئناف هذا للعودة: {code}. اكتبوه على ورقة، أو اضغطوا على الزر للمتابعة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personne n&apos;a touché l&apos;ordinateur depuis un moment. Pour protéger la personne, l&apos;application va effacer tout ce que vous avez écrit. Appuyez sur le bouton pour continuer.</source>
        <translation>لم يلمس أحد الحاسوب منذ مدة. لحماية الشخص، سيمسح التطبيق كل ما كتبتموه. اضغطوا على الزر للمتابعة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effacement dans 1 seconde</source>
        <translation>المسح بعد ثانية واحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effacement dans {n} secondes</source>
        <translation>المسح بعد {n} ثانية</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Je suis encore là</source>
        <translation>ما زلت هنا</translation>
    </message>
</context>
<context>
    <name>IdleWatcher</name>
    <message>
        <location line="+100"/>
        <source>L&apos;application a tout effacé. Personne n&apos;avait utilisé l&apos;ordinateur depuis longtemps. Un compte ameli attendait le clic sur le lien. Pour le retrouver, appuyez sur « J&apos;ai un code de reprise ». Ensuite, écrivez le code de reprise.</source>
        <translation>مسح التطبيق كل شيء. لم يستعمل أحد الحاسوب منذ وقت طويل. كان حساب ameli ينتظر الضغط على الرابط. للعودة إليه، اضغطوا على «لديّ رمز استئناف». بعد ذلك، اكتبوا رمز الاستئناف.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L&apos;application a tout effacé. Personne n&apos;avait utilisé l&apos;ordinateur depuis longtemps. Cela protège la personne accompagnée. Vous pouvez recommencer.</source>
        <translation>مسح التطبيق كل شيء. لم يستعمل أحد الحاسوب منذ وقت طويل. هذا يحمي الشخص المرافَق. يمكنكم البدء من جديد.</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <location filename="../../aidant_app/ui/inbox_dialog.py" line="+144"/>
        <source>Boîte e-mail d&apos;entraînement</source>
        <translation>صندوق البريد الإلكتروني للتدريب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voici votre boîte e-mail d&apos;entraînement : {address}. Pour l&apos;ouvrir, écrivez le mot de passe que vous avez choisi. C&apos;est comme sur le vrai site de votre boîte e-mail.</source>
        <translation>هذا صندوق بريدكم الإلكتروني للتدريب: {address}. لفتحه، اكتبوا كلمة المرور التي اخترتموها. هذا مثل الموقع الحقيقي لصندوق بريدكم الإلكتروني.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voici les messages reçus par {address}. En vrai, vous les lirez sur le site de votre boîte e-mail.</source>
        <translation>هذه هي الرسائل التي وصلت إلى {address}. في الحقيقة، ستقرؤونها على موقع صندوق بريدكم الإلكتروني.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mot de passe de la boîte e-mail</source>
        <translation>كلمة مرور صندوق البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir la boîte</source>
        <translation>فتح الصندوق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir le lien du message</source>
        <translation>فتح رابط الرسالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copier le lien</source>
        <translation>نسخ الرابط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voir les nouveaux messages</source>
        <translation>عرض الرسائل الجديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fermer</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages reçus, le plus récent en premier</source>
        <translation>الرسائل الواردة، الأحدث أولًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texte du message</source>
        <translation>نص الرسالة</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Écrivez d&apos;abord le mot de passe.</source>
        <translation>اكتبوا أولًا كلمة المرور.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ouverture de la boîte…</source>
        <translation>جارٍ فتح الصندوق…</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>{subject}
{sender} — {time}</source>
        <translation>‏{subject}
‏{sender} — {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{subject}, {time}</source>
        <translation>‏{subject}، {time}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>1 message.</source>
        <translation>رسالة واحدة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} messages. Le plus récent est en haut.</source>
        <translation>عدد الرسائل: {count}. الأحدث في الأعلى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aucun message pour l&apos;instant. Attendez un peu, puis appuyez sur « Voir les nouveaux messages ».</source>
        <translation>لا توجد رسائل الآن. انتظروا قليلًا، ثم اضغطوا على «عرض الرسائل الجديدة».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>⚠ Ce mot de passe n&apos;est pas le bon. Regardez la feuille où vous l&apos;avez écrit. Vérifiez les majuscules, puis réessayez.</source>
        <translation>⚠ كلمة المرور هذه غير صحيحة. انظروا إلى الورقة التي كتبتموها عليها. تحققوا من الحروف الكبيرة، ثم حاولوا من جديد.</translation>
    </message>
</context>
<context>
    <name>JourneyPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/base.py" line="+199"/>
        <source>Arrêter</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrêter la lecture</source>
        <translation>إيقاف القراءة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pas de voix en {language}. Écouter en français</source>
        <translation>لا يوجد صوت باللغة {language}. الاستماع بالفرنسية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Écouter : pas de voix sur cet ordinateur</source>
        <translation>استماع: لا يوجد صوت على هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Écouter</source>
        <translation>استماع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Écouter la page</source>
        <translation>الاستماع إلى الصفحة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Répéter</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Répéter la phrase</source>
        <translation>تكرار الجملة</translation>
    </message>
</context>
<context>
    <name>MailboxChoicePage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/mailbox_choice.py" line="+55"/>
        <source>Créer une boîte e-mail gratuite</source>
        <translation>إنشاء صندوق بريد إلكتروني مجاني</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pas de souci : une boîte e-mail se crée gratuitement, en quelques minutes. Choisissez où la créer.</source>
        <translation>لا مشكلة: صندوق البريد الإلكتروني يُنشأ مجانًا، في بضع دقائق. اختاروا أين تنشئونه.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le plus simple</source>
        <translation>الأسهل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} : votre adresse finira par @{domain}. Elle se crée ici même, sans quitter cette fenêtre.</source>
        <translation>{name}: سينتهي عنوانكم بـ ‎@{domain}‎. يُنشأ هنا مباشرة، بدون مغادرة هذه النافذة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Créer une boîte ici, tout de suite</source>
        <translation>إنشاء صندوق هنا، الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ou bien, chez un fournisseur gratuit</source>
        <translation>أو لدى مزوّد مجاني</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisissez un fournisseur gratuit</source>
        <translation>اختاروا مزوّدًا مجانيًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Créer une adresse {name}</source>
        <translation>إنشاء عنوان {name}</translation>
    </message>
</context>
<context>
    <name>MailboxLifePage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/mailbox_life.py" line="+65"/>
        <source>Gardez votre boîte e-mail pour toujours</source>
        <translation>احتفظوا بصندوق بريدكم الإلكتروني دائمًا</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ameli vous envoie parfois un code à cette adresse. C&apos;est quand vous vous connectez sur un nouvel appareil. Et le service e-mail peut fermer une boîte que personne n&apos;ouvre. Alors, ouvrez votre boîte de temps en temps.</source>
        <translation>ترسل لكم ameli أحيانًا رمزًا على هذا العنوان. يحدث هذا عندما تسجلون الدخول من جهاز جديد. وخدمة البريد الإلكتروني قد تغلق صندوقًا لا يفتحه أحد. لذلك، افتحوا صندوقكم من وقت لآخر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votre adresse : {address}</source>
        <translation>عنوانكم: {address}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cochez ce qui est fait</source>
        <translation>ضعوا علامة على ما تم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;ai mis ma boîte e-mail sur mon téléphone</source>
        <translation>وضعت صندوق بريدي الإلكتروني على هاتفي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sur votre téléphone, installez l&apos;application de votre boîte e-mail. Ou ouvrez sa page sur internet.</source>
        <translation>على هاتفكم، ثبّتوا تطبيق صندوق بريدكم الإلكتروني. أو افتحوا صفحته على الإنترنت.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ouvrir ma boîte e-mail</source>
        <translation>فتح صندوق بريدي الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code QR de votre boîte e-mail en ligne</source>
        <translation>رمز QR لصندوق بريدكم الإلكتروني على الإنترنت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ou scannez ce code avec l&apos;appareil photo de votre téléphone.</source>
        <translation>أو امسحوا هذا الرمز بكاميرا هاتفكم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;ai ajouté un numéro de téléphone ou une autre adresse de secours</source>
        <translation>أضفت رقم هاتف أو عنوانًا آخر احتياطيًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dans les paramètres de votre boîte e-mail, ajoutez votre numéro de téléphone. Il sert si vous oubliez le mot de passe.</source>
        <translation>في إعدادات صندوق بريدكم الإلكتروني، أضيفوا رقم هاتفكم. يفيد إذا نسيتم كلمة المرور.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;écris le mot de passe de ma boîte e-mail sur l&apos;aide-mémoire</source>
        <translation>أكتب كلمة مرور صندوق بريدي الإلكتروني على ورقة التذكير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;aide-mémoire a une ligne pour lui. Ce n&apos;est pas le mot de passe ameli.</source>
        <translation>في ورقة التذكير سطر لها. ليست كلمة مرور ameli.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Je me connecte à ma boîte avant le {date}</source>
        <translation>أسجّل الدخول إلى صندوقي قبل {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rule} Connectez-vous avant cette date, puis souvent.</source>
        <translation>{rule} سجّلوا الدخول قبل هذا التاريخ، ثم بشكل متكرر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>J&apos;ouvre ma boîte e-mail souvent, par exemple chaque mois</source>
        <translation>أفتح صندوق بريدي الإلكتروني كثيرًا، مثلًا كل شهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nous ne connaissons pas la règle de votre fournisseur. Ouvrez votre boîte souvent : elle reste ainsi active.</source>
        <translation>لا نعرف قاعدة مزوّدكم. افتحوا صندوقكم كثيرًا: هكذا يبقى يعمل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette règle n&apos;est pas sûre : elle vient d&apos;anciennes conditions. Connectez-vous plus souvent pour être tranquille.</source>
        <translation>هذه القاعدة غير مؤكدة: تأتي من شروط قديمة. سجّلوا الدخول أكثر لتطمئنوا.</translation>
    </message>
</context>
<context>
    <name>MailboxProviderPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/mailbox_provider.py" line="+67"/>
        <source>Créer une boîte e-mail</source>
        <translation>إنشاء صندوق بريد إلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Créer une adresse {name}</source>
        <translation>إنشاء عنوان {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attention</source>
        <translation>انتبهوا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les étapes</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir la page d&apos;inscription</source>
        <translation>فتح صفحة التسجيل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votre mot de passe</source>
        <translation>كلمة مروركم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conseils pour choisir le mot de passe</source>
        <translation>نصائح لاختيار كلمة المرور</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Ce que le site peut vous demander</source>
        <translation>ما قد يطلبه منكم الموقع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ou bien, scannez ce code avec l&apos;appareil photo de votre téléphone. Vous ferez l&apos;inscription sur le téléphone.</source>
        <translation>أو امسحوا هذا الرمز بكاميرا هاتفكم. ستقومون بالتسجيل على الهاتف.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>J&apos;ai écrit mon mot de passe sur une feuille que je garde</source>
        <translation>كتبت كلمة المرور على ورقة أحتفظ بها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;ai pu ouvrir ma nouvelle boîte e-mail</source>
        <translation>استطعت فتح صندوق بريدي الإلكتروني الجديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code QR de la page d&apos;inscription</source>
        <translation>رمز QR لصفحة التسجيل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>J&apos;ai créé ma boîte : écrire l&apos;adresse</source>
        <translation>أنشأت صندوقي: كتابة العنوان</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cochez d&apos;abord les 2 cases, quand c&apos;est fait.</source>
        <translation>ضعوا أولًا علامة في الخانتين، عندما يتم ذلك.</translation>
    </message>
</context>
<context>
    <name>MailboxServicePage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/mailbox_service.py" line="+99"/>
        <location line="+63"/>
        <source>Question {n} sur {total}</source>
        <translation>السؤال {n} من {total}</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Créer votre boîte e-mail</source>
        <translation>إنشاء صندوق بريدكم الإلكتروني</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} : votre boîte se crée ici. Écrivez votre prénom et votre nom, puis choisissez un mot de passe.</source>
        <translation>{name}: يُنشأ صندوقكم هنا. اكتبوا اسمكم الأول واسم العائلة، ثم اختاروا كلمة مرور.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prénom</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse souhaitée (facultatif)</source>
        <translation>العنوان الذي تريدونه (اختياري)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laissez vide : nous proposerons prénom.nom</source>
        <translation>اتركوه فارغًا: سنقترح عنوانًا من اسمكم الأول واسم العائلة (prenom.nom)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cette adresse est déjà prise. Vous pouvez choisir une de celles-ci :</source>
        <translation>هذا العنوان مأخوذ من قبل. يمكنكم اختيار واحد من هذه العناوين:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conseils pour choisir le mot de passe</source>
        <translation>نصائح لاختيار كلمة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de passe de la boîte e-mail</source>
        <translation>كلمة مرور صندوق البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;ai écrit mon mot de passe sur une feuille que je garde</source>
        <translation>كتبت كلمة المرور على ورقة أحتفظ بها</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Créer ma boîte</source>
        <translation>إنشاء صندوقي</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Écrivez d&apos;abord le prénom et le nom.</source>
        <translation>اكتبوا أولًا الاسم الأول واسم العائلة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisissez d&apos;abord un mot de passe qui respecte toutes les règles.</source>
        <translation>اختاروا أولًا كلمة مرور تتبع كل القواعد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cochez d&apos;abord la case : j&apos;ai écrit mon mot de passe.</source>
        <translation>ضعوا أولًا علامة في الخانة: كتبت كلمة المرور.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Création de votre boîte e-mail…</source>
        <translation>جارٍ إنشاء صندوق بريدكم الإلكتروني…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../aidant_app/ui/window.py" line="+278"/>
        <source>Continuer</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pour continuer, répondez d&apos;abord aux questions de cette page.</source>
        <translation>للمتابعة، أجيبوا أولًا عن أسئلة هذه الصفحة.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{title} – {step}</source>
        <translation>‏{title} – {step}</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Aidant – adresse e-mail et compte ameli</source>
        <translation>‏Aidant – عنوان البريد الإلكتروني وحساب ameli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode entraînement : personnes fictives, aucun vrai compte n&apos;est créé</source>
        <translation>وضع التدريب: أشخاص خياليون، لا يُنشأ أي حساب حقيقي</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Retour</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;ai un problème</source>
        <translation>لديّ مشكلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;ai un problème : aide</source>
        <translation>لديّ مشكلة: مساعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personne suivante</source>
        <translation>الشخص التالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personne suivante : tout effacer</source>
        <translation>الشخص التالي: مسح كل شيء</translation>
    </message>
</context>
<context>
    <name>Memo</name>
    <message>
        <location filename="../../aidant_app/ui/memo.py" line="+37"/>
        <source>Aide-mémoire : mon compte ameli</source>
        <translation>ورقة التذكير: حسابي في ameli</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>J&apos;ai créé mon compte moi-même, sur le site officiel ameli, avec l&apos;aide d&apos;Aidant.</source>
        <translation>أنشأت حسابي بنفسي، على موقع ameli الرسمي، بمساعدة Aidant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mon identifiant ameli</source>
        <translation>معرّفي في ameli</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Les chiffres cachés (•) sont sur ma carte Vitale.</source>
        <translation>الأرقام المخفية (•) موجودة على بطاقة carte Vitale الخاصة بي.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mon adresse e-mail</source>
        <translation>عنوان بريدي الإلكتروني</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>J&apos;ouvre ma boîte e-mail sur : {url}</source>
        <translation>أفتح صندوق بريدي الإلكتروني على: {url}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mon mot de passe ameli (à écrire à la main)</source>
        <translation>كلمة مروري في ameli (أكتبها بخط اليد)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le mot de passe de ma boîte e-mail (à écrire à la main)</source>
        <translation>كلمة مرور صندوق بريدي الإلكتروني (أكتبها بخط اليد)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ce que je fais ensuite</source>
        <translation>ما أفعله بعد ذلك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mon compte n&apos;est pas encore activé. J&apos;ouvre le message reçu dans ma boîte e-mail et je clique sur le lien. Sur la page qui s&apos;ouvre, j&apos;appuie sur « Confirmer mon adresse ».</source>
        <translation>حسابي لم يُفعَّل بعد. أفتح الرسالة التي وصلت إلى صندوق بريدي الإلكتروني وأضغط على الرابط. في الصفحة التي تُفتح، أضغط على «Confirmer mon adresse» (تأكيد عنواني).</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Dossier copié sur Internet</source>
        <translation>مجلد منسوخ على الإنترنت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce dossier est copié sur Internet par {service}. L&apos;aide-mémoire sera aussi sur ce compte {service}.</source>
        <translation>هذا المجلد منسوخ على الإنترنت بواسطة {service}. ستكون ورقة التذكير أيضًا في حساب {service} هذا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer ici</source>
        <translation>الحفظ هنا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisir un autre dossier</source>
        <translation>اختيار مجلد آخر</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Je garde cette feuille chez moi, en lieu sûr, jamais avec ma carte Vitale.</source>
        <translation>أحتفظ بهذه الورقة في بيتي، في مكان آمن، وليس أبدًا مع بطاقة carte Vitale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;Assurance Maladie ne me demandera jamais mon mot de passe par e-mail ni par téléphone.</source>
        <translation>لن تطلب مني Assurance Maladie أبدًا كلمة مروري بالبريد الإلكتروني ولا بالهاتف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../aidant_app/ui/memo_steps.py" line="+29"/>
        <source>Pour avoir de l&apos;aide</source>
        <translation>للحصول على مساعدة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Solidarité Numérique, aide par téléphone pour les démarches en ligne : {phone}, du lundi au vendredi, de 9 h à 18 h.</source>
        <translation>‏Solidarité Numérique، مساعدة بالهاتف للإجراءات على الإنترنت: {phone}، من الاثنين إلى الجمعة، من 9 صباحًا إلى 6 مساءً.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Je me connecte à ma boîte e-mail avant le {date}, puis souvent. {rule}</source>
        <translation>أسجّل الدخول إلى صندوق بريدي الإلكتروني قبل {date}، ثم بشكل متكرر. {rule}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Aide-mémoire</source>
        <translation>ورقة التذكير</translation>
    </message>
    <message>
        <location line="+52"/>
        <location filename="../../aidant_app/ui/memo_steps.py" line="+16"/>
        <source>Enregistrer l&apos;aide-mémoire</source>
        <translation>حفظ ورقة التذكير</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>aide-memoire-ameli.pdf</source>
        <translation>aide-memoire-ameli.pdf</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Entraînement : personne fictive. Ce n&apos;est pas un vrai compte.</source>
        <translation>تدريب: شخص خيالي. هذا ليس حسابًا حقيقيًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&apos;est ce que j&apos;écris pour me connecter. Ce sont les 13 premiers chiffres de mon numéro de sécurité sociale. Il est sur ma carte Vitale.</source>
        <translation>هذا ما أكتبه لتسجيل الدخول. هو أول 13 رقمًا من رقم الضمان الاجتماعي الخاص بي. موجود على بطاقة carte Vitale.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Pour reprendre dans l&apos;application Aidant, j&apos;écris ma date de naissance et ce code de reprise :</source>
        <translation>للمتابعة في تطبيق Aidant، أكتب تاريخ ميلادي ورمز الاستئناف هذا:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pour me connecter : je vais sur ameli.fr. Je choisis « Compte ameli ». Puis j&apos;écris mon identifiant et mon mot de passe.</source>
        <translation>لتسجيل الدخول: أذهب إلى ameli.fr. أختار «Compte ameli» (حساب ameli). ثم أكتب معرّفي وكلمة مروري.</translation>
    </message>
    <message>
        <location line="+106"/>
        <location filename="../../aidant_app/ui/memo_steps.py" line="+1"/>
        <source>Document PDF (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../aidant_app/ui/memo_steps.py" line="-27"/>
        <source>Aide-mémoire : ce que je fais ensuite</source>
        <translation>ورقة التذكير: ما أفعله بعد ذلك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fait le {date}.</source>
        <translation>كُتبت في {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Les étapes</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le site : {url}</source>
        <translation>الموقع: {url}</translation>
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
        <translation>✔ تم حفظ ورقة التذكير. يمكنكم فتحها لطباعتها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ L&apos;application n&apos;a pas pu enregistrer l&apos;aide-mémoire à cet endroit. Choisissez un autre dossier.</source>
        <translation>⚠ لم يستطع التطبيق حفظ ورقة التذكير في هذا المكان. اختاروا مجلدًا آخر.</translation>
    </message>
</context>
<context>
    <name>NextPerson</name>
    <message>
        <location filename="../../aidant_app/ui/next_person.py" line="+47"/>
        <source>Aidant – fermer</source>
        <translation>‏Aidant – إغلاق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aidant – personne suivante</source>
        <translation>‏Aidant – الشخص التالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vous n&apos;avez pas enregistré l&apos;aide-mémoire.</source>
        <translation>لم تحفظوا ورقة التذكير.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Il garde le code de reprise et les étapes suivantes. Si vous fermez Aidant maintenant, vous les perdez. Enregistrez d&apos;abord l&apos;aide-mémoire. Ou bien, fermez quand même.</source>
        <translation>فيها رمز الاستئناف والخطوات التالية. إذا أغلقتم Aidant الآن، ستفقدونها. احفظوا ورقة التذكير أولًا. أو أغلقوا على كل حال.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Il garde le code de reprise et les étapes suivantes. Si vous effacez maintenant, vous les perdez. Enregistrez d&apos;abord l&apos;aide-mémoire. Ou bien, effacez quand même.</source>
        <translation>فيها رمز الاستئناف والخطوات التالية. إذا مسحتم الآن، ستفقدونها. احفظوا ورقة التذكير أولًا. أو امسحوا على كل حال.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Fermer quand même</source>
        <translation>الإغلاق على كل حال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tout effacer quand même</source>
        <translation>مسح كل شيء على كل حال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revenir pour enregistrer</source>
        <translation>الرجوع للحفظ</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <location filename="../../aidant_app/ui/next_steps.py" line="+53"/>
        <source>Vous n&apos;avez pas encore votre vrai numéro</source>
        <translation>ليس لديكم رقمكم الحقيقي بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un numéro qui commence par 3, 4, 7 ou 8 est un numéro provisoire. Votre dossier est en cours. Avec ce numéro, on ne peut pas encore créer de compte ameli.</source>
        <translation>الرقم الذي يبدأ بـ 3 أو 4 أو 7 أو 8 هو رقم مؤقت. ملفكم قيد المعالجة. بهذا الرقم، لا يمكن إنشاء حساب ameli الآن.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gardez tous les courriers de l&apos;Assurance Maladie.</source>
        <translation>احتفظوا بكل رسائل Assurance Maladie الورقية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendez votre vrai numéro. Il commence par 1 ou 2. Il arrive par courrier.</source>
        <translation>انتظروا رقمكم الحقيقي. يبدأ بـ 1 أو 2. يصلكم بالبريد العادي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un numéro provisoire sert au plus 9 mois. Sans nouvelles avant la fin, appelez l&apos;Assurance Maladie.</source>
        <translation>الرقم المؤقت يصلح 9 أشهر على الأكثر. إذا لم تصلكم أخبار قبل النهاية، اتصلوا بـ Assurance Maladie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quand vous avez votre vrai numéro, revenez ici pour créer votre compte.</source>
        <translation>عندما يصلكم رقمكم الحقيقي، عودوا إلى هنا لإنشاء حسابكم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour appeler, ayez près de vous vos papiers d&apos;identité et les courriers reçus.</source>
        <translation>للاتصال، ضعوا بجانبكم أوراق هويتكم والرسائل التي وصلتكم.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} : allez sur {site} et choisissez « {space} ».</source>
        <translation>{name}: اذهبوا إلى {site} واختاروا «{space}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce service crée les comptes pour : {names}.</source>
        <translation>هذه الخدمة تنشئ الحسابات لـ: {names}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D&apos;habitude, le compte ameli sert aussi pour : {names}. Cette liste peut changer.</source>
        <translation>عادةً، حساب ameli يصلح أيضًا لـ: {names}. هذه القائمة قد تتغير.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Votre régime a peut-être son propre site</source>
        <translation>ربما لنظام التأمين الخاص بكم موقع خاص به</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le compte ameli est pour l&apos;Assurance Maladie. Certains régimes, comme la MSA (pour le monde agricole), ont leur propre site.</source>
        <translation>حساب ameli هو لـ Assurance Maladie. بعض أنظمة التأمين، مثل MSA (للعاملين في الزراعة)، لها موقع خاص بها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vous ne savez pas quel est votre régime ? Regardez votre attestation de droits, ou appelez l&apos;Assurance Maladie.</source>
        <translation>لا تعرفون ما هو نظام التأمين الخاص بكم؟ انظروا إلى ورقة «attestation de droits»، أو اتصلوا بـ Assurance Maladie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Un enfant de moins de 16 ans</source>
        <translation>طفل عمره أقل من 16 سنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un enfant de moins de 16 ans n&apos;a pas son propre compte ameli. Il est sur le compte de son parent.</source>
        <translation>الطفل الذي عمره أقل من 16 سنة ليس له حساب ameli خاص به. هو مسجّل في حساب أحد والديه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le parent se connecte à son propre compte ameli.</source>
        <translation>الوالد يسجّل الدخول إلى حساب ameli الخاص به.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Il y trouve les remboursements de l&apos;enfant.</source>
        <translation>يجد فيه تعويضات الطفل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À partir de 16 ans, le jeune peut demander à avoir ses propres droits. Ensuite, il peut créer son compte.</source>
        <translation>من عمر 16 سنة، يستطيع الشاب أن يطلب حقوقًا خاصة به. بعد ذلك، يستطيع إنشاء حسابه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour appeler, le parent a près de lui sa carte Vitale et une pièce d&apos;identité.</source>
        <translation>للاتصال، يضع الوالد بجانبه بطاقة carte Vitale الخاصة به ووثيقة هوية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Une personne sous tutelle</source>
        <translation>شخص تحت الوصاية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour une personne sous tutelle, c&apos;est le tuteur qui fait les démarches. La personne ne crée pas le compte elle-même.</source>
        <translation>للشخص الذي تحت الوصاية، الوصي هو الذي يقوم بالإجراءات. الشخص لا ينشئ الحساب بنفسه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le tuteur contacte l&apos;Assurance Maladie.</source>
        <translation>يتصل الوصي بـ Assurance Maladie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Il montre le jugement de tutelle.</source>
        <translation>يُظهر حكم الوصاية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Il demande comment gérer le compte de la personne.</source>
        <translation>يسأل كيف يدير حساب الشخص.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À apporter : le jugement de tutelle et la pièce d&apos;identité du tuteur. Apportez aussi la carte Vitale de la personne.</source>
        <translation>ما يجب إحضاره: حكم الوصاية ووثيقة هوية الوصي. أحضروا أيضًا بطاقة carte Vitale الخاصة بالشخص.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>J&apos;ai oublié mon mot de passe</source>
        <translation>نسيت كلمة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vous pouvez choisir un nouveau mot de passe vous-même, sur le site ameli.</source>
        <translation>يمكنكم اختيار كلمة مرور جديدة بأنفسكم، على موقع ameli.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Ouvrez la page de connexion du compte ameli.</source>
        <translation>افتحوا صفحة الدخول إلى حساب ameli.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Choisissez « Mot de passe oublié ».</source>
        <translation>اختاروا «Mot de passe oublié» (نسيت كلمة المرور).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Écrivez votre numéro de sécurité sociale et votre date de naissance.</source>
        <translation>اكتبوا رقم الضمان الاجتماعي وتاريخ ميلادكم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrez votre boîte e-mail. Un message arrive avec un lien.</source>
        <translation>افتحوا صندوق بريدكم الإلكتروني. تصل رسالة فيها رابط.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cliquez vite sur le lien : il ne marche pas longtemps.</source>
        <translation>اضغطوا على الرابط بسرعة: لا يعمل لوقت طويل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez un nouveau mot de passe. Écrivez-le sur votre aide-mémoire.</source>
        <translation>اختاروا كلمة مرور جديدة. اكتبوها على ورقة التذكير.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À avoir près de vous : votre carte Vitale et votre boîte e-mail ouverte.</source>
        <translation>ضعوا بجانبكم: بطاقة carte Vitale وصندوق بريدكم الإلكتروني مفتوحًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>J&apos;ai oublié mon adresse e-mail, ou elle ne marche plus</source>
        <translation>نسيت عنوان بريدي الإلكتروني، أو لم يعد يعمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seule l&apos;Assurance Maladie peut changer l&apos;adresse de votre compte. Il faut l&apos;appeler.</source>
        <translation>‏Assurance Maladie وحدها تستطيع تغيير عنوان حسابكم. يجب الاتصال بها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appelez l&apos;Assurance Maladie.</source>
        <translation>اتصلوا بـ Assurance Maladie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dites que vous n&apos;avez plus accès à l&apos;adresse e-mail de votre compte ameli.</source>
        <translation>قولوا إنكم لم تعودوا تستطيعون فتح عنوان البريد الإلكتروني لحسابكم في ameli.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donnez une adresse e-mail que vous pouvez ouvrir aujourd&apos;hui.</source>
        <translation>أعطوا عنوان بريد إلكتروني تستطيعون فتحه اليوم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrez ensuite votre boîte e-mail et suivez le message reçu.</source>
        <translation>بعد ذلك، افتحوا صندوق بريدكم الإلكتروني واتبعوا الرسالة التي وصلت.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À avoir près de vous : votre carte Vitale ou votre RIB (la feuille de votre banque).</source>
        <translation>ضعوا بجانبكم: بطاقة carte Vitale أو ورقة RIB (ورقة من بنككم).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Je n&apos;ai jamais activé mon compte</source>
        <translation>لم أفعّل حسابي أبدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le compte existe, mais personne n&apos;a cliqué sur le lien du message.</source>
        <translation>الحساب موجود، لكن لم يضغط أحد على الرابط في الرسالة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connectez-vous avec votre identifiant et votre mot de passe. Votre identifiant, ce sont les 13 premiers chiffres de votre numéro de sécurité sociale.</source>
        <translation>سجّلوا الدخول بمعرّفكم وكلمة المرور. معرّفكم هو أول 13 رقمًا من رقم الضمان الاجتماعي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le site vous renvoie un message avec un lien.</source>
        <translation>يرسل لكم الموقع رسالة جديدة فيها رابط.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrez votre boîte e-mail. Pas de message ? Regardez dans le dossier des messages indésirables (Spam).</source>
        <translation>افتحوا صندوق بريدكم الإلكتروني. لا توجد رسالة؟ انظروا في مجلد الرسائل غير المرغوب فيها (Spam).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cliquez sur le lien du message.</source>
        <translation>اضغطوا على الرابط في الرسالة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mon compte est bloqué</source>
        <translation>حسابي مغلق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Après plusieurs erreurs, le compte se bloque un moment. C&apos;est pour le protéger.</source>
        <translation>بعد عدة أخطاء، يُغلق الحساب لمدة. هذا لحمايته.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&apos;essayez plus pour l&apos;instant.</source>
        <translation>لا تحاولوا الآن.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendez. Le site dit parfois combien de temps.</source>
        <translation>انتظروا. أحيانًا يقول الموقع كم من الوقت.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ensuite, ne réessayez pas l&apos;ancien mot de passe : choisissez « Mot de passe oublié » sur la page de connexion.</source>
        <translation>بعد ذلك، لا تجرّبوا كلمة المرور القديمة من جديد: اختاروا «Mot de passe oublié» (نسيت كلمة المرور) في صفحة الدخول.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toujours bloqué le lendemain ? Appelez l&apos;Assurance Maladie.</source>
        <translation>ما زال مغلقًا في اليوم التالي؟ اتصلوا بـ Assurance Maladie.</translation>
    </message>
</context>
<context>
    <name>NoBrowserDialog</name>
    <message>
        <location filename="../../aidant_app/ui/desktop.py" line="+55"/>
        <source>Aidant – le navigateur ne s&apos;ouvre pas</source>
        <translation>‏Aidant – المتصفح لا يُفتح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le navigateur internet ne s&apos;ouvre pas. C&apos;est le programme pour aller sur internet, comme Firefox ou Edge. Copiez ce lien, puis collez-le dans votre navigateur.</source>
        <translation>متصفح الإنترنت لا يُفتح. هو البرنامج الذي نستعمله للدخول إلى الإنترنت، مثل Firefox أو Edge. انسخوا هذا الرابط، ثم الصقوه في متصفحكم.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copier le lien</source>
        <translation>نسخ الرابط</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fermer</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>✔ Lien copié. Collez-le dans les 30 secondes (Ctrl + V). Ensuite, l&apos;application l&apos;efface.</source>
        <translation>✔ تم نسخ الرابط. الصقوه خلال 30 ثانية (Ctrl + V). بعد ذلك، يمسحه التطبيق.</translation>
    </message>
</context>
<context>
    <name>OfficialActivationHelp</name>
    <message>
        <location filename="../../aidant_app/ui/sections/official_activation_help.py" line="+30"/>
        <source>« Spam » ou « Courrier indésirable »</source>
        <translation>‏«Spam» أو «Courrier indésirable» (البريد غير المرغوب فيه)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le message n&apos;arrive pas</source>
        <translation>الرسالة لا تصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendez 2 ou 3 minutes : un message peut mettre un peu de temps.</source>
        <translation>انتظروا 2 أو 3 دقائق: قد تتأخر الرسالة قليلًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regardez dans le dossier des messages indésirables : {folder}</source>
        <translation>انظروا في مجلد الرسائل غير المرغوب فيها: {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vérifiez que vous ouvrez la boîte de l&apos;adresse écrite sur le site ameli.</source>
        <translation>تأكدوا أنكم تفتحون صندوق العنوان الذي كتبتموه على موقع ameli.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toujours rien ? Connectez-vous sur ameli.fr avec votre numéro et votre mot de passe : le site propose d&apos;envoyer un nouveau message.</source>
        <translation>لا شيء بعد؟ سجّلوا الدخول إلى ameli.fr برقمكم وكلمة المرور: يقترح الموقع إرسال رسالة جديدة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le lien ne marche plus</source>
        <translation>الرابط لم يعد يعمل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Un lien ne marche que peu de temps. Connectez-vous sur ameli.fr avec votre numéro et votre mot de passe : le site envoie un nouveau lien. Seul le lien du dernier message marche.</source>
        <translation>الرابط يعمل لوقت قصير فقط. سجّلوا الدخول إلى ameli.fr برقمكم وكلمة المرور: يرسل الموقع رابطًا جديدًا. رابط آخر رسالة فقط هو الذي يعمل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le vrai message ou un faux ?</source>
        <translation>رسالة حقيقية أم مزيفة؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le vrai message arrive juste après la création du compte.</source>
        <translation>الرسالة الحقيقية تصل مباشرة بعد إنشاء الحساب.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le vrai lien mène à une adresse qui se termine par ameli.fr. Regardez l&apos;adresse avant de cliquer.</source>
        <translation>الرابط الحقيقي يؤدي إلى عنوان ينتهي بـ ameli.fr. انظروا إلى العنوان قبل الضغط.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Il ne demande jamais votre mot de passe, ni votre carte bancaire.</source>
        <translation>لا تطلب أبدًا كلمة المرور، ولا البطاقة البنكية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un message qui vous presse (« dernier délai », « compte bloqué ») est souvent un faux.</source>
        <translation>الرسالة التي تستعجلكم («dernier délai»: آخر مهلة، «compte bloqué»: حساب مغلق) غالبًا مزيفة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vous êtes bloqué ?</source>
        <translation>لا تستطيعون المتابعة؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appelez l&apos;Assurance Maladie avec votre carte Vitale :</source>
        <translation>اتصلوا بـ Assurance Maladie وبجانبكم بطاقة carte Vitale:</translation>
    </message>
</context>
<context>
    <name>PasswordBox</name>
    <message>
        <location filename="../../aidant_app/ui/widgets/password_box.py" line="+22"/>
        <source>Entre {low} et {high} caractères</source>
        <translation>بين {low} و{high} حرفًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Au moins une minuscule (a, b, c…)</source>
        <translation>حرف صغير واحد على الأقل (a, b, c…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Au moins une majuscule (A, B, C…)</source>
        <translation>حرف كبير واحد على الأقل (A, B, C…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Au moins un chiffre (1, 2, 3…) ou un signe ({examples} …)</source>
        <translation>رقم واحد على الأقل (1, 2, 3…) أو علامة ({examples} …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seulement des lettres sans accent, des chiffres et ces signes : {specials}</source>
        <translation>فقط حروف بلا علامات (accents)، وأرقام، وهذه العلامات: {specials}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seulement des chiffres</source>
        <translation>أرقام فقط</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Afficher le mot de passe</source>
        <translation>إظهار كلمة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Règles à respecter :</source>
        <translation>القواعد التي يجب اتباعها:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>✔ Fait : {rule}</source>
        <translation>✔ تم: {rule}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✘ À faire : {rule}</source>
        <translation>✘ يجب فعله: {rule}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Le mot de passe respecte toutes les règles.</source>
        <translation>كلمة المرور تتبع كل القواعد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fait : {rule}.</source>
        <translation>تم: {rule}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>À faire : {rule}.</source>
        <translation>يجب فعله: {rule}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choisissez un mot de passe facile à retenir pour vous. Il doit être difficile à deviner. Une idée : prenez 3 mots que vous aimez. Reliez-les par un signe, par exemple un tiret (-). Ajoutez une majuscule et un chiffre. N&apos;utilisez pas votre date de naissance ni votre nom. Écrivez le mot de passe sur une feuille. Gardez cette feuille chez vous, jamais avec votre carte Vitale.</source>
        <translation>اختاروا كلمة مرور سهلة التذكّر بالنسبة لكم. ويجب أن يكون تخمينها صعبًا. فكرة: خذوا 3 كلمات تحبونها. اربطوها بعلامة، مثلًا شرطة (-). أضيفوا حرفًا كبيرًا ورقمًا. لا تستعملوا تاريخ ميلادكم ولا اسمكم. اكتبوا كلمة المرور على ورقة. احتفظوا بهذه الورقة في البيت، وليس أبدًا مع بطاقة carte Vitale.</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <location filename="../../build/lupdate/help_cases.py" line="+24"/>
        <source>Évitez l&apos;adresse donnée par votre fournisseur d&apos;accès à internet (Orange, SFR, Free…). Elle peut disparaître si vous changez d&apos;abonnement. Pour l&apos;Assurance Maladie, il faut une adresse qui dure.</source>
        <translation>تجنّبوا العنوان الذي يعطيه مزوّد الإنترنت (Orange، SFR، Free…). قد يختفي إذا غيّرتم الاشتراك. Assurance Maladie تحتاج إلى عنوان يدوم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avant 15 ans, la personne et un parent doivent tous les deux donner leur accord.</source>
        <translation>قبل عمر 15 سنة، يجب أن يوافق الشخص وأحد الوالدين معًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;adresse doit être personnelle. Une adresse ne peut servir que pour un seul compte ameli.</source>
        <translation>يجب أن يكون العنوان شخصيًا. العنوان الواحد يصلح لحساب ameli واحد فقط.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>« Spam ». Dans la liste à gauche, cliquez sur « Plus » pour le voir.</source>
        <translation>‏«Spam». في القائمة على اليسار، اضغطوا على «Plus» (المزيد) لرؤيته.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Âge minimum en France : 15 ans. Avant 15 ans, avec l&apos;accord d&apos;un parent.</source>
        <translation>أقل عمر في فرنسا: 15 سنة. قبل 15 سنة، بموافقة أحد الوالدين.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gardez votre téléphone portable près de vous pendant l&apos;inscription.</source>
        <translation>ضعوا هاتفكم المحمول بجانبكم أثناء التسجيل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appuyez sur « Ouvrir la page d&apos;inscription ». La page de Google s&apos;ouvre.</source>
        <translation>اضغطوا على «فتح صفحة التسجيل». تُفتح صفحة Google.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Écrivez votre prénom et votre nom.</source>
        <translation>اكتبوا اسمكم الأول واسم العائلة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Écrivez votre date de naissance.</source>
        <translation>اكتبوا تاريخ ميلادكم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez votre adresse : c&apos;est la partie avant @gmail.com.</source>
        <translation>اختاروا عنوانكم: هو الجزء الذي قبل ‎@gmail.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acceptez les règles d&apos;utilisation. Votre boîte s&apos;ouvre.</source>
        <translation>وافقوا على قواعد الاستخدام. يُفتح صندوقكم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <location line="+10"/>
        <location line="+9"/>
        <source>Revenez ici et écrivez votre nouvelle adresse.</source>
        <translation>عودوا إلى هنا واكتبوا عنوانكم الجديد.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>« Spam » (ou « Courrier indésirable »), dans la liste des dossiers à gauche.</source>
        <translation>‏«Spam» (أو «Courrier indésirable»: البريد غير المرغوب فيه)، في قائمة المجلدات على اليسار.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un mot de passe d&apos;au moins 12 caractères, avec 4 sortes de caractères : minuscule, majuscule, chiffre et signe (par exemple ! ou ?).</source>
        <translation>كلمة مرور من 12 حرفًا على الأقل، فيها 4 أنواع: حرف صغير، حرف كبير، رقم وعلامة (مثلًا ! أو ?).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appuyez sur « Ouvrir la page d&apos;inscription ». Le site laposte.net s&apos;ouvre.</source>
        <translation>اضغطوا على «فتح صفحة التسجيل». يُفتح موقع laposte.net.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez de créer une adresse gratuite.</source>
        <translation>اختاروا إنشاء عنوان مجاني.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Écrivez votre prénom, votre nom et votre date de naissance.</source>
        <translation>اكتبوا اسمكم الأول واسم العائلة وتاريخ ميلادكم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez votre adresse : c&apos;est la partie avant @laposte.net.</source>
        <translation>اختاروا عنوانكم: هو الجزء الذي قبل ‎@laposte.net.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminez l&apos;inscription, puis ouvrez votre boîte une première fois.</source>
        <translation>أكملوا التسجيل، ثم افتحوا صندوقكم مرة أولى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« Courrier indésirable », dans la liste des dossiers à gauche.</source>
        <translation>‏«Courrier indésirable» (البريد غير المرغوب فيه)، في قائمة المجلدات على اليسار.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Google supprime un compte Gmail que personne n&apos;utilise pendant 2 ans. Il prévient avant.</source>
        <translation>تحذف Google حساب Gmail الذي لا يستعمله أحد لمدة سنتين. وتنبّه قبل ذلك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sur votre téléphone, installez l&apos;application « Gmail ». Connectez-vous avec votre adresse et votre mot de passe.</source>
        <translation>على هاتفكم، ثبّتوا تطبيق «Gmail». سجّلوا الدخول بعنوانكم وكلمة المرور.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dans votre compte Google, ouvrez « Sécurité ». Ajoutez votre numéro de téléphone et une autre adresse e-mail de secours.</source>
        <translation>في حساب Google، افتحوا «الأمان» (Sécurité). أضيفوا رقم هاتفكم وعنوان بريد إلكتروني آخر احتياطيًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>laposte.net efface les messages d&apos;une boîte que personne n&apos;ouvre pendant 4 mois.</source>
        <translation>يمسح laposte.net رسائل الصندوق الذي لا يفتحه أحد لمدة 4 أشهر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sur votre téléphone, installez l&apos;application « laposte.net ». Ou ouvrez www.laposte.net dans le navigateur.</source>
        <translation>على هاتفكم، ثبّتوا تطبيق «laposte.net». أو افتحوا www.laposte.net في المتصفح.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dans les paramètres de votre compte, ajoutez votre numéro de téléphone portable. Il sert si vous oubliez le mot de passe.</source>
        <translation>في إعدادات حسابكم، أضيفوا رقم هاتفكم المحمول. يفيدكم إذا نسيتم كلمة المرور.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&apos;après ses conditions de 2019, Microsoft ferme un compte que personne n&apos;utilise pendant 2 ans.</source>
        <translation>حسب شروطها لسنة 2019، تغلق Microsoft الحساب الذي لا يستعمله أحد لمدة سنتين.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sur votre téléphone, installez l&apos;application « Outlook ». Connectez-vous avec votre adresse et votre mot de passe.</source>
        <translation>على هاتفكم، ثبّتوا تطبيق «Outlook». سجّلوا الدخول بعنوانكم وكلمة المرور.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dans votre compte Microsoft, ouvrez « Sécurité ». Ajoutez votre numéro de téléphone ou une autre adresse e-mail.</source>
        <translation>في حساب Microsoft، افتحوا «الأمان» (Sécurité). أضيفوا رقم هاتفكم أو عنوان بريد إلكتروني آخر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proton supprime un compte gratuit que personne n&apos;ouvre pendant 12 mois. Il prévient à l&apos;adresse de secours.</source>
        <translation>تحذف Proton الحساب المجاني الذي لا يفتحه أحد لمدة 12 شهرًا. وتنبّه على العنوان الاحتياطي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sur votre téléphone, installez l&apos;application « Proton Mail ». Connectez-vous avec votre adresse et votre mot de passe.</source>
        <translation>على هاتفكم، ثبّتوا تطبيق «Proton Mail». سجّلوا الدخول بعنوانكم وكلمة المرور.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dans les paramètres, ouvrez « Récupération ». Ajoutez une autre adresse e-mail ou votre numéro de téléphone. Attention : si vous oubliez le mot de passe, vous perdez vos anciens messages.</source>
        <translation>في الإعدادات، افتحوا «الاسترجاع» (Récupération). أضيفوا عنوان بريد إلكتروني آخر أو رقم هاتفكم. انتبهوا: إذا نسيتم كلمة المرور، تفقدون رسائلكم القديمة.</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Le site peut demander un numéro de téléphone portable. Il y envoie un code par SMS.</source>
        <translation>قد يطلب الموقع رقم هاتف محمول. يرسل إليه رمزًا في رسالة نصية (SMS).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+20"/>
        <location line="+10"/>
        <source>Choisissez un mot de passe. Écrivez-le tout de suite sur une feuille que vous gardez.</source>
        <translation>اختاروا كلمة مرور. اكتبوها فورًا على ورقة تحتفظون بها.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Si le site demande un numéro de téléphone, écrivez le vôtre. Recopiez le code reçu par SMS.</source>
        <translation>إذا طلب الموقع رقم هاتف، اكتبوا رقمكم. انسخوا الرمز الذي وصلكم في رسالة نصية (SMS).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>D&apos;après les guides publics, La Poste supprime une nouvelle boîte laposte.net si personne ne l&apos;ouvre. Il faut l&apos;ouvrir dans les 72 heures (3 jours). Ouvrez-la dès aujourd&apos;hui.</source>
        <translation>حسب الأدلة العامة، تحذف La Poste صندوق laposte.net الجديد إذا لم يفتحه أحد. يجب فتحه خلال 72 ساعة (3 أيام). افتحوه اليوم.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choisissez un mot de passe de 12 caractères ou plus. Écrivez-le tout de suite sur une feuille que vous gardez.</source>
        <translation>اختاروا كلمة مرور من 12 حرفًا أو أكثر. اكتبوها فورًا على ورقة تحتفظون بها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pour une personne de moins de 18 ans, le site demande l&apos;accord d&apos;un parent.</source>
        <translation>للشخص الذي عمره أقل من 18 سنة، يطلب الموقع موافقة أحد الوالدين.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft ferme une boîte Outlook.com que personne n&apos;ouvre pendant 2 ans. Ouvrez-la de temps en temps.</source>
        <translation>تغلق Microsoft صندوق Outlook.com الذي لا يفتحه أحد لمدة سنتين. افتحوه من وقت لآخر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appuyez sur « Ouvrir la page d&apos;inscription ». La page de Microsoft s&apos;ouvre.</source>
        <translation>اضغطوا على «فتح صفحة التسجيل». تُفتح صفحة Microsoft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez de créer une nouvelle adresse e-mail.</source>
        <translation>اختاروا إنشاء عنوان بريد إلكتروني جديد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Écrivez la partie avant le @ et choisissez la fin (par exemple outlook.fr).</source>
        <translation>اكتبوا الجزء الذي قبل @ واختاروا النهاية (مثلًا outlook.fr).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Écrivez votre prénom, votre nom, votre pays et votre date de naissance.</source>
        <translation>اكتبوا اسمكم الأول واسم العائلة وبلدكم وتاريخ ميلادكم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faites la petite vérification demandée (prouver que vous n&apos;êtes pas un robot).</source>
        <translation>قوموا بالتحقق الصغير المطلوب (إثبات أنكم لستم روبوتًا).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« Spam », dans la liste des dossiers à gauche.</source>
        <translation>‏«Spam»، في قائمة المجلدات على اليسار.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Une vérification anti-robot : un petit jeu à l&apos;écran, un code par e-mail ou un code par SMS.</source>
        <translation>تحقق ضد الروبوتات: لعبة صغيرة على الشاشة، أو رمز بالبريد الإلكتروني، أو رمز في رسالة نصية (SMS).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vous avez oublié le mot de passe et vous le changez ? Alors vous ne pouvez plus lire vos anciens messages. Gardez bien votre mot de passe.</source>
        <translation>نسيتم كلمة المرور وغيّرتموها؟ عندها لن تستطيعوا قراءة رسائلكم القديمة. احتفظوا بكلمة المرور جيدًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appuyez sur « Ouvrir la page d&apos;inscription ». La page de Proton s&apos;ouvre.</source>
        <translation>اضغطوا على «فتح صفحة التسجيل». تُفتح صفحة Proton.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez l&apos;offre gratuite (« Free »).</source>
        <translation>اختاروا العرض المجاني («Free»).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez votre nom d&apos;utilisateur : c&apos;est la partie avant @proton.me.</source>
        <translation>اختاروا اسم المستخدم: هو الجزء الذي قبل ‎@proton.me.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faites la vérification anti-robot demandée.</source>
        <translation>قوموا بالتحقق المطلوب ضد الروبوتات.</translation>
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
        <translation>أجيبوا عن السؤال «{q}».</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enregistrement…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{message} Question : « {question} ».</source>
        <translation>{message} السؤال: «{question}».</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Aidant – noter l&apos;accompagnement</source>
        <translation>‏Aidant – تسجيل المرافقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notez cet accompagnement pour le compte rendu d&apos;activité. Rien ne permet de reconnaître la personne. Échap : passer.</source>
        <translation>سجّلوا هذه المرافقة لتقرير النشاط. لا شيء هنا يسمح بمعرفة الشخص. Échap (Esc): تخطٍّ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durée</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autre durée</source>
        <translation>مدة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autre durée, en minutes</source>
        <translation>مدة أخرى، بالدقائق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lieu</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matériel utilisé</source>
        <translation>الجهاز المستعمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thèmes (au moins un)</source>
        <translation>المواضيع (واحد على الأقل)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Autonomie de la personne</source>
        <translation>استقلالية الشخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orientée vers une autre structure ?</source>
        <translation>هل وُجِّه الشخص إلى مؤسسة أخرى؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vers quelle structure</source>
        <translation>إلى أي مؤسسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Déjà accompagnée avant ?</source>
        <translation>هل حصل الشخص على مرافقة من قبل؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tranche d&apos;âge</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genre</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Situation</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code postal de la commune</source>
        <translation>الرمز البريدي للبلدية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enregistrer</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passer</source>
        <translation>تخطٍّ</translation>
    </message>
</context>
<context>
    <name>ReportMenu</name>
    <message>
        <location filename="../../aidant_app/ui/report_menu.py" line="+10"/>
        <source>Noter un accompagnement</source>
        <translation>تسجيل مرافقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activité et export</source>
        <translation>النشاط والتصدير</translation>
    </message>
</context>
<context>
    <name>ResumePage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/resume.py" line="+76"/>
        <source>Reprendre une démarche commencée</source>
        <translation>متابعة إجراء بدأ من قبل</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Écrivez d&apos;abord le code de reprise et votre date de naissance.</source>
        <translation>اكتبوا أولًا رمز الاستئناف وتاريخ ميلادكم.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cette date n&apos;est pas juste. Exemple : 25/12/1958.</source>
        <translation>هذا التاريخ غير صحيح. مثال: 25/12/1958.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ {message}</source>
        <translation>⚠ ‏{message}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recherche de la démarche…</source>
        <translation>جارٍ البحث عن الإجراء…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reprendre</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Vous avez déjà créé votre compte. Vous n&apos;avez pas encore confirmé votre adresse e-mail. Écrivez le code de reprise. Il est sur votre aide-mémoire. Écrivez aussi votre date de naissance.</source>
        <translation>أنشأتم حسابكم من قبل. لم تؤكدوا عنوان بريدكم الإلكتروني بعد. اكتبوا رمز الاستئناف. هو موجود على ورقة التذكير. اكتبوا أيضًا تاريخ ميلادكم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code de reprise (sur l&apos;aide-mémoire)</source>
        <translation>رمز الاستئناف (على ورقة التذكير)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date de naissance (jour/mois/année, par exemple 25/12/1958)</source>
        <translation>تاريخ الميلاد (يوم/شهر/سنة، مثلًا 25/12/1958)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
</context>
<context>
    <name>ServiceLoss</name>
    <message>
        <location filename="../../aidant_app/ui/service_loss.py" line="+71"/>
        <source>Le serveur d&apos;entraînement est relancé. Vérification de votre adresse e-mail…</source>
        <translation>أُعيد تشغيل خادم التدريب. جارٍ التحقق من عنوان بريدكم الإلكتروني…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Le serveur d&apos;entraînement a redémarré sans votre compte d&apos;entraînement. Vos réponses sont gardées. Envoyez à nouveau le formulaire.</source>
        <translation>أُعيد تشغيل خادم التدريب بدون حساب التدريب الخاص بكم. إجاباتكم محفوظة. أرسلوا الاستمارة مرة أخرى.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Le service répond de nouveau. Vous pouvez continuer.</source>
        <translation>الخدمة تعمل من جديد. يمكنكم المتابعة.</translation>
    </message>
</context>
<context>
    <name>ServiceWait</name>
    <message>
        <location filename="../../aidant_app/ui/service_wait.py" line="+61"/>
        <source>Le service démarre. Vous pourrez continuer dans un instant.</source>
        <translation>الخدمة تبدأ. يمكنكم المتابعة بعد لحظة.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../aidant_app/ui/settings_dialog.py" line="+118"/>
        <location line="+43"/>
        <source>Choisir le fichier de certificats</source>
        <translation>اختيار ملف الشهادات</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</source>
        <translation>الشهادات (*.pem *.crt *.cer);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ {message}</source>
        <translation>⚠ ‏{message}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cette adresse n&apos;est pas valide. Exemple : https://aidant.exemple.fr</source>
        <translation>هذا العنوان غير صالح. مثال: https://aidant.exemple.fr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;adresse doit commencer par https:// (http:// est accepté seulement pour cet ordinateur).</source>
        <translation>يجب أن يبدأ العنوان بـ https://‎ (يُقبل http://‎ فقط لهذا الحاسوب).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ce fichier n&apos;existe pas.</source>
        <translation>هذا الملف غير موجود.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Aidant – réglages</source>
        <translation>‏Aidant – الإعدادات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ces réglages sont pour la personne qui installe l&apos;application. Laissez l&apos;adresse vide pour utiliser le mode entraînement.</source>
        <translation>هذه الإعدادات للشخص الذي يثبّت التطبيق. اتركوا العنوان فارغًا لاستعمال وضع التدريب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adresse du service Aidant</source>
        <translation>عنوان خدمة Aidant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fichier de certificats (facultatif)</source>
        <translation>ملف الشهادات (اختياري)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisir…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode entraînement</source>
        <translation>وضع التدريب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utiliser le mode entraînement</source>
        <translation>استعمال وضع التدريب</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Enregistrer</source>
        <translation>حفظ</translation>
    </message>
</context>
<context>
    <name>Signs</name>
    <message>
        <location filename="../../aidant_app/ui/widgets/signs.py" line="+27"/>
        <source>⚠ {message}</source>
        <translation>⚠ ‏{message}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✔ {answer}</source>
        <translation>✔ ‏{answer}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>• {item}</source>
        <translation>• ‏{item}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ {warning}</source>
        <translation>⚠ ‏{warning}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{number}. {step}</source>
        <translation>‏{number}. {step}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>☎ {phone}</source>
        <translation>☎ ‏{phone}</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../../aidant_app/ui/speech.py" line="+107"/>
        <source>valeur non lue</source>
        <translation>قيمة لم تُقرأ</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/start.py" line="+197"/>
        <source>Bienvenue</source>
        <translation>أهلًا وسهلًا</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choisissez d&apos;abord : votre vrai compte, ou un entraînement.</source>
        <translation>اختاروا أولًا: حسابكم الحقيقي، أو التدريب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisissez d&apos;abord qui utilise l&apos;application.</source>
        <translation>اختاروا أولًا من يستعمل التطبيق.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cochez d&apos;abord l&apos;accord de la personne.</source>
        <translation>ضعوا أولًا علامة على موافقة الشخص.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>J&apos;accompagne une personne</source>
        <translation>أرافق شخصًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je le fais pour moi</source>
        <translation>أفعل ذلك لنفسي</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>✔ {answer}</source>
        <translation>✔ ‏{answer}</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Créer mon vrai compte ameli</source>
        <translation>إنشاء حسابي الحقيقي في ameli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&apos;entraîner avec une personne fictive</source>
        <translation>التدرّب مع شخص خيالي</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Recherche d&apos;une personne fictive…</source>
        <translation>جارٍ البحث عن شخص خيالي…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Toutes les personnes fictives ont déjà servi. Redémarrez l&apos;application pour recommencer l&apos;entraînement.</source>
        <translation>استُعمل كل الأشخاص الخياليين. أعيدوا تشغيل التطبيق لبدء التدريب من جديد.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Que voulez-vous faire ?</source>
        <translation>ماذا تريدون أن تفعلوا؟</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>J&apos;ai créé mon compte sur ameli : il reste à l&apos;activer, c&apos;est-à-dire à le mettre en marche</source>
        <translation>أنشأت حسابي على ameli: بقي تفعيله، أي تشغيله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour revenir à l&apos;activation, sans rien écrire de nouveau.</source>
        <translation>للعودة إلى التفعيل، بدون كتابة أي شيء جديد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le code de reprise sert à reprendre une démarche déjà commencée. Il est sur l&apos;aide-mémoire. C&apos;est la feuille à garder, reçue lors d&apos;une première visite.</source>
        <translation>رمز الاستئناف يسمح بمتابعة إجراء بدأ من قبل. هو موجود على ورقة التذكير. هي الورقة التي تحتفظون بها، وقد أخذتموها في زيارة سابقة.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Cette application vous aide à créer votre compte ameli : votre espace en ligne de l&apos;Assurance Maladie. Pour cela, il faut une adresse e-mail qui marche. Nous allons le faire ensemble, étape par étape.</source>
        <translation>هذا التطبيق يساعدكم على إنشاء حسابكم في ameli: مساحتكم على الإنترنت في Assurance Maladie (التأمين الصحي الفرنسي). لذلك، تحتاجون إلى عنوان بريد إلكتروني يعمل. سنفعل ذلك معًا، خطوة بخطوة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qui utilise l&apos;application ?</source>
        <translation>من يستعمل التطبيق؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ce qu&apos;il faut avoir sous la main</source>
        <translation>ما يجب أن يكون بين أيديكم</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Environ 20 minutes</source>
        <translation>حوالي 20 دقيقة</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Connectez-vous d&apos;abord avec votre compte d&apos;aidant.</source>
        <translation>سجّلوا الدخول أولًا بحساب المرافق الخاص بكم.</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Personne fictive : {first} {last}. L&apos;application remplit déjà ses informations.</source>
        <translation>شخص خيالي: {first} {last}. التطبيق يملأ معلوماته بنفسه.</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>La personne accepte mon aide. Elle sait que l&apos;application ne garde rien sur cet ordinateur.</source>
        <translation>الشخص يقبل مساعدتي. ويعرف أن التطبيق لا يحفظ شيئًا على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Utiliser une personne fictive</source>
        <translation>استعمال شخص خيالي</translation>
    </message>
    <message>
        <location line="+238"/>
        <source>J&apos;ai un code de reprise</source>
        <translation>لديّ رمز استئناف</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../../aidant_app/ui/steplist.py" line="+16"/>
        <source>Début</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse e-mail</source>
        <translation>عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compte ameli</source>
        <translation>حساب ameli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation</source>
        <translation>التفعيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminé</source>
        <translation>انتهى</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Étape {number} sur {total} : {name} (étape en cours)</source>
        <translation>الخطوة {number} من {total}: {name} (الخطوة الحالية)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Les étapes</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✔ {number}. {name} (fait)</source>
        <translation>✔ {number}. {name} (تمت)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▶ {number}. {name} (étape en cours)</source>
        <translation>▶ {number}. {name} (الخطوة الحالية)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>   {number}. {name}</source>
        <translation>‏   {number}. {name}</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../aidant_app/ui/topbar.py" line="+267"/>
        <source>Texte : {percent} %</source>
        <translation>النص: {percent} %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taille du texte : {percent} %.</source>
        <translation>حجم النص: {percent} %.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Texte plus petit</source>
        <translation>نص أصغر</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Texte plus grand</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Le texte est déjà au plus grand pour cet écran.</source>
        <translation>النص في أكبر حجم ممكن لهذه الشاشة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taille du texte : {percent} %. C&apos;est la plus grande pour cet écran.</source>
        <translation>حجم النص: {percent} %. هذا أكبر حجم لهذه الشاشة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✔ Contraste élevé</source>
        <translation>✔ تباين عالٍ</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Contraste élevé</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Langue : {language}</source>
        <translation>اللغة: {language}</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Revenir en {language}</source>
        <translation>العودة إلى {language}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voir en français</source>
        <translation>Voir en français</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Réglages</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{language} (traduction à relire)</source>
        <translation>{language} (traduction à relire)</translation>
    </message>
</context>
<context>
    <name>TriageExitPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/triage_exit.py" line="+49"/>
        <source>Ce qu&apos;il faut faire</source>
        <translation>ما يجب فعله</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ce que vous pouvez faire</source>
        <translation>ما يمكنكم فعله</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pour appeler l&apos;Assurance Maladie</source>
        <translation>للاتصال بـ Assurance Maladie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce n&apos;est pas votre situation ? Appuyez sur « Retour ».</source>
        <translation>ليست هذه حالتكم؟ اضغطوا على «رجوع».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer ces étapes (PDF)</source>
        <translation>حفظ هذه الخطوات (PDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personne suivante (tout effacer)</source>
        <translation>الشخص التالي (مسح كل شيء)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommencer (tout effacer)</source>
        <translation>البدء من جديد (مسح كل شيء)</translation>
    </message>
</context>
<context>
    <name>TriagePage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/triage.py" line="+21"/>
        <source>Avant de commencer</source>
        <translation>قبل البدء</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aucune de ces situations : je continue</source>
        <translation>لا شيء من هذه الحالات: أتابع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;ai déjà un compte ameli</source>
        <translation>لديّ حساب ameli من قبل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mon numéro de sécurité sociale commence par 3, 4, 7 ou 8</source>
        <translation>رقم الضمان الاجتماعي الخاص بي يبدأ بـ 3 أو 4 أو 7 أو 8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je dépends d&apos;un autre régime, par exemple la MSA</source>
        <translation>أنا تابع لنظام تأمين آخر، مثلًا MSA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le compte est pour un enfant de moins de 16 ans</source>
        <translation>الحساب لطفل عمره أقل من 16 سنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La personne est sous tutelle</source>
        <translation>الشخص تحت الوصاية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Une de ces situations vous concerne-t-elle ?</source>
        <translation>هل تخصّكم إحدى هذه الحالات؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dans ces cas, il faut faire autrement. Nous vous disons quoi faire.</source>
        <translation>في هذه الحالات، يجب فعل شيء آخر. سنقول لكم ماذا تفعلون.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vous savez déjà que la personne peut continuer ? Choisissez « Aucune de ces situations ».</source>
        <translation>تعرفون من قبل أن الشخص يستطيع المتابعة؟ اختاروا «لا شيء من هذه الحالات».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vous ne savez pas ? Choisissez « Aucune de ces situations ». Nous vous aiderons plus tard si besoin.</source>
        <translation>لا تعرفون؟ اختاروا «لا شيء من هذه الحالات». سنساعدكم لاحقًا إذا احتجتم.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../aidant_app/ui/errors.py" line="+33"/>
        <source>Recherche du trousseau de l&apos;ordinateur…</source>
        <translation>جارٍ البحث عن خزنة كلمات المرور في الحاسوب…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cet ordinateur n&apos;a pas de trousseau sécurisé : vous devrez vous reconnecter à chaque fois.</source>
        <translation>ليس في هذا الحاسوب خزنة آمنة لكلمات المرور: يجب أن تسجّلوا الدخول من جديد في كل مرة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le trousseau de cet ordinateur est verrouillé : vous devrez vous reconnecter à chaque fois. Pour garder la connexion, déverrouillez le trousseau. Pour cela, ouvrez votre session avec votre mot de passe. Ensuite, redémarrez l&apos;application.</source>
        <translation>خزنة كلمات المرور في هذا الحاسوب مقفلة: يجب أن تسجّلوا الدخول من جديد في كل مرة. للاحتفاظ بتسجيل الدخول، افتحوا قفل الخزنة. لذلك، افتحوا جلستكم بكلمة مروركم. بعد ذلك، أعيدوا تشغيل التطبيق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le trousseau de cet ordinateur ne répond pas : vous devrez vous reconnecter à chaque fois.</source>
        <translation>خزنة كلمات المرور في هذا الحاسوب لا تستجيب: يجب أن تسجّلوا الدخول من جديد في كل مرة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cet ordinateur garde les mots de passe sans protection : l&apos;application refuse de s&apos;en servir. Vous devrez vous reconnecter à chaque fois.</source>
        <translation>هذا الحاسوب يحفظ كلمات المرور بدون حماية: التطبيق يرفض استعماله. يجب أن تسجّلوا الدخول من جديد في كل مرة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le trousseau de cet ordinateur ne marche pas correctement : vous devrez vous reconnecter à chaque fois.</source>
        <translation>خزنة كلمات المرور في هذا الحاسوب لا تعمل بشكل صحيح: يجب أن تسجّلوا الدخول من جديد في كل مرة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{message} Il vous reste 1 essai.</source>
        <translation>{message} بقيت لكم محاولة واحدة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message} Il vous reste {n} essais.</source>
        <translation>{message} عدد المحاولات الباقية: {n}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message} Vous pourrez réessayer dans 1 seconde.</source>
        <translation>{message} يمكنكم إعادة المحاولة بعد ثانية واحدة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message} Vous pourrez réessayer dans {n} secondes.</source>
        <translation>{message} يمكنكم إعادة المحاولة بعد {n} ثانية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message} Vous pourrez réessayer dans 1 minute.</source>
        <translation>{message} يمكنكم إعادة المحاولة بعد دقيقة واحدة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message} Vous pourrez réessayer dans {n} minutes.</source>
        <translation>{message} يمكنكم إعادة المحاولة بعد {n} دقيقة.</translation>
    </message>
    <message>
        <location filename="../../aidant_app/rules/codes.py" line="+66"/>
        <source>Réessayer</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corriger</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changer d&apos;adresse e-mail</source>
        <translation>تغيير عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voir le numéro à appeler</source>
        <translation>عرض الرقم الذي يجب الاتصال به</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réessayer plus tard</source>
        <translation>إعادة المحاولة لاحقًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recevoir un nouveau code</source>
        <translation>الحصول على رمز جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recevoir un nouveau lien</source>
        <translation>الحصول على رابط جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relire les conditions</source>
        <translation>قراءة الشروط من جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voir l&apos;aide</source>
        <translation>عرض المساعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir les réglages</source>
        <translation>فتح الإعدادات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se reconnecter</source>
        <translation>تسجيل الدخول من جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisir une autre adresse</source>
        <translation>اختيار عنوان آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continuer</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommencer</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir le site ameli.fr</source>
        <translation>فتح موقع ameli.fr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quelque chose n&apos;a pas marché. Ce n&apos;est pas de votre faute. Réessayez. Ce que vous avez écrit est gardé.</source>
        <translation>شيء ما لم يعمل. هذا ليس خطأكم. أعيدوا المحاولة. ما كتبتموه محفوظ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Écrivez le numéro de sécurité sociale. Il est sur la carte Vitale.</source>
        <translation>اكتبوا رقم الضمان الاجتماعي. هو موجود على بطاقة carte Vitale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le numéro est trop court. Il a 15 chiffres, clé comprise (les 2 derniers).</source>
        <translation>الرقم قصير جدًا. فيه 15 رقمًا، مع المفتاح (آخر رقمين).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le numéro est trop long. Il a 15 chiffres, clé comprise.</source>
        <translation>الرقم طويل جدًا. فيه 15 رقمًا، مع المفتاح.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le numéro ne contient que des chiffres (et parfois A ou B pour la Corse).</source>
        <translation>الرقم فيه أرقام فقط (وأحيانًا A أو B لجزيرة كورسيكا).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Un chiffre ne va pas. Comparez chaque chiffre avec la carte Vitale, surtout les 2 derniers.</source>
        <translation>أحد الأرقام غير صحيح. قارنوا كل رقم مع بطاقة carte Vitale، خاصة آخر رقمين.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce numéro est provisoire, en attendant le vrai. Il ne permet pas d&apos;ouvrir un compte ameli. Le vrai commence par 1 ou 2. Appelez le 36 46 pour savoir quand vous l&apos;aurez.</source>
        <translation>هذا الرقم مؤقت، في انتظار الرقم الحقيقي. لا يسمح بفتح حساب ameli. الرقم الحقيقي يبدأ بـ 1 أو 2. اتصلوا بالرقم 36&#xa0;46 لتعرفوا متى تحصلون عليه.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>L&apos;IBAN n&apos;est pas juste. Recopiez-le depuis votre RIB, la feuille de votre banque. Pour une banque française, il commence par FR.</source>
        <translation>رقم IBAN غير صحيح. انسخوه من جديد من ورقة RIB، وهي ورقة من بنككم. في البنوك الفرنسية، يبدأ بـ FR.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Ce code ne marche plus : son temps est passé. Demandez un nouveau code.</source>
        <translation>هذا الرمز لم يعد يعمل: انتهى وقته. اطلبوا رمزًا جديدًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vous avez vérifié l&apos;adresse e-mail il y a trop longtemps. Demandez un nouveau code.</source>
        <translation>تحققتم من عنوان البريد الإلكتروني منذ وقت طويل. اطلبوا رمزًا جديدًا.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>L&apos;Assurance Maladie ne connaît pas cet IBAN. Prenez le RIB du compte où vous recevez vos remboursements.</source>
        <translation>‏Assurance Maladie لا تعرف رقم IBAN هذا. خذوا ورقة RIB للحساب الذي تصلكم عليه التعويضات.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ce lien ne marche plus : son temps est passé. Demandez un nouveau lien.</source>
        <translation>هذا الرابط لم يعد يعمل: انتهى وقته. اطلبوا رابطًا جديدًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ce lien ne marche plus : un message plus récent a un nouveau lien. Ouvrez le dernier message reçu.</source>
        <translation>هذا الرابط لم يعد يعمل: في رسالة أحدث رابط جديد. افتحوا آخر رسالة وصلتكم.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ce thème fait partie des démarches administratives. Cochez aussi le thème « Aide aux démarches administratives ».</source>
        <translation>هذا الموضوع من الإجراءات الإدارية. ضعوا علامة أيضًا على موضوع «Aide aux démarches administratives» (مساعدة في الإجراءات الإدارية).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;application n&apos;a pas pu enregistrer le fichier à cet endroit. Choisissez un autre dossier, par exemple Documents. Puis réessayez.</source>
        <translation>لم يستطع التطبيق حفظ الملف في هذا المكان. اختاروا مجلدًا آخر، مثلًا «Documents» (المستندات). ثم أعيدوا المحاولة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>L&apos;application n&apos;a pas pu envoyer la demande. Réessayez.</source>
        <translation>لم يستطع التطبيق إرسال الطلب. أعيدوا المحاولة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La demande est trop grosse pour le service. Écrivez un texte plus court, puis réessayez.</source>
        <translation>الطلب كبير جدًا على الخدمة. اكتبوا نصًا أقصر، ثم أعيدوا المحاولة.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cette version d&apos;Aidant est trop vieille pour ce service. Elle ne sait pas poser toutes les questions du formulaire. Créez le compte sur le site ameli.fr. Ou bien, demandez une version plus récente d&apos;Aidant.</source>
        <translation>نسخة Aidant هذه قديمة جدًا بالنسبة لهذه الخدمة. لا تعرف طرح كل أسئلة الاستمارة. أنشئوا الحساب على موقع ameli.fr. أو اطلبوا نسخة أحدث من Aidant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nous n&apos;avons pas pu envoyer le message à cette adresse. Vérifiez l&apos;adresse e-mail. Si elle est fausse, corrigez-la ci-dessous.</source>
        <translation>لم نستطع إرسال الرسالة إلى هذا العنوان. تحققوا من عنوان البريد الإلكتروني. إذا كان خاطئًا، صححوه في الأسفل.</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Ce numéro n&apos;est pas valable. Le premier chiffre est 1 ou 2. Comparez avec la carte Vitale.</source>
        <translation>هذا الرقم غير صالح. الرقم الأول هو 1 أو 2. قارنوا مع بطاقة carte Vitale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette date n&apos;existe pas. Écrivez le jour, le mois et l&apos;année en chiffres.</source>
        <translation>هذا التاريخ غير موجود. اكتبوا اليوم والشهر والسنة بالأرقام.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La date de naissance ne va pas avec le numéro de sécurité sociale. Les chiffres 2 à 5 du numéro donnent l&apos;année et le mois de naissance. Vérifiez les deux.</source>
        <translation>تاريخ الميلاد لا يتوافق مع رقم الضمان الاجتماعي. الأرقام من 2 إلى 5 في الرقم تعطي سنة وشهر الميلاد. تحققوا من الاثنين.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le code postal a 5 chiffres, par exemple 75011.</source>
        <translation>الرمز البريدي فيه 5 أرقام، مثلًا 75011.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cette adresse e-mail n&apos;est pas bien écrite. Elle ressemble à prenom.nom@exemple.fr, sans espace.</source>
        <translation>عنوان البريد الإلكتروني هذا غير مكتوب بشكل صحيح. يشبه prenom.nom@exemple.fr، بدون مسافة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le mot de passe ne respecte pas toutes les règles. Regardez la liste sous le champ : chaque ✘ est une règle à remplir.</source>
        <translation>كلمة المرور لا تتبع كل القواعد. انظروا إلى القائمة تحت الخانة: كل علامة ✘ هي قاعدة يجب تحقيقها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisissez un mot de passe.</source>
        <translation>اختاروا كلمة مرور.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le service n&apos;a pas compris la demande. Réessayez. Si cela recommence, demandez de l&apos;aide.</source>
        <translation>الخدمة لم تفهم الطلب. أعيدوا المحاولة. إذا تكرر ذلك، اطلبوا المساعدة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Une information manque ou est mal écrite. Vérifiez les champs indiqués.</source>
        <translation>هناك معلومة ناقصة أو مكتوبة بشكل خاطئ. تحققوا من الخانات المحددة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette information manque ou est mal écrite. Vérifiez-la.</source>
        <translation>هذه المعلومة ناقصة أو مكتوبة بشكل خاطئ. تحققوا منها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette information manque. Remplissez-la.</source>
        <translation>هذه المعلومة ناقصة. املؤوها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le service demande les informations autrement. Appuyez sur « Réessayer » : le formulaire se met à jour. Ce que vous avez écrit est gardé.</source>
        <translation>الخدمة تطلب المعلومات بطريقة أخرى. اضغطوا على «إعادة المحاولة»: تتحدّث الاستمارة. ما كتبتموه محفوظ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le service ne retrouve pas votre démarche. Il faut peut-être recommencer cette étape.</source>
        <translation>الخدمة لا تجد إجراءكم. ربما يجب إعادة هذه الخطوة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette action n&apos;est pas possible ici. Demandez de l&apos;aide.</source>
        <translation>هذا الفعل غير ممكن هنا. اطلبوا المساعدة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trop de demandes en peu de temps. Attendez un peu, puis réessayez.</source>
        <translation>طلبات كثيرة في وقت قصير. انتظروا قليلًا، ثم أعيدوا المحاولة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La connexion de l&apos;aidant a pris fin. Reconnectez-vous.</source>
        <translation>انتهى تسجيل دخول المرافق. سجّلوا الدخول من جديد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;identifiant ou le mot de passe n&apos;est pas le bon. Vérifiez les majuscules.</source>
        <translation>المعرّف أو كلمة المرور غير صحيح. تحققوا من الحروف الكبيرة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce code n&apos;est pas le bon. Recopiez les chiffres du dernier message reçu.</source>
        <translation>هذا الرمز غير صحيح. انسخوا أرقام آخر رسالة وصلتكم.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trop d&apos;essais. Par sécurité, attendez avant de réessayer. Si cela dure plus d&apos;une heure, appelez le 36 46.</source>
        <translation>محاولات كثيرة. للأمان، انتظروا قبل إعادة المحاولة. إذا استمر ذلك أكثر من ساعة، اتصلوا بالرقم 36&#xa0;46.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Les conditions d&apos;utilisation ont changé. Relisez-les et acceptez-les de nouveau.</source>
        <translation>تغيّرت شروط الاستخدام. اقرؤوها من جديد ووافقوا عليها مرة أخرى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;Assurance Maladie ne trouve personne avec ce numéro. Vérifiez le numéro. S&apos;il est juste, appelez le 36 46.</source>
        <translation>‏Assurance Maladie لا تجد أي شخص بهذا الرقم. تحققوا من الرقم. إذا كان صحيحًا، اتصلوا بالرقم 36&#xa0;46.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La date de naissance ou le code postal n&apos;est pas celui que connaît l&apos;Assurance Maladie. Vérifiez les deux. Le code postal est celui de votre adresse actuelle.</source>
        <translation>تاريخ الميلاد أو الرمز البريدي ليس هو الذي تعرفه Assurance Maladie. تحققوا من الاثنين. الرمز البريدي هو رمز عنوانكم الحالي.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cette adresse e-mail sert déjà pour un autre compte ameli. Chaque personne doit avoir sa propre adresse. Il faut une autre adresse.</source>
        <translation>عنوان البريد الإلكتروني هذا مستعمل من قبل لحساب ameli آخر. لكل شخص عنوانه الخاص. تحتاجون إلى عنوان آخر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vous avez déjà un compte ameli. Il ne faut pas en créer un deuxième. Voyez l&apos;aide pour retrouver l&apos;accès.</source>
        <translation>لديكم حساب ameli من قبل. لا تنشئوا حسابًا ثانيًا. انظروا المساعدة للدخول إلى حسابكم من جديد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votre compte est déjà activé. Il n&apos;y a plus rien à faire ici.</source>
        <translation>حسابكم مفعَّل من قبل. لا يوجد شيء آخر لتفعلوه هنا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ce lien a déjà servi. Votre compte est sans doute déjà activé.</source>
        <translation>هذا الرابط استُعمل من قبل. غالبًا حسابكم مفعَّل من قبل.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ce lien n&apos;est pas reconnu. Copiez le lien en entier depuis le message.</source>
        <translation>هذا الرابط غير معروف. انسخوا الرابط كاملًا من الرسالة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce code de reprise ou cette date de naissance ne correspond pas. Vérifiez les deux sur l&apos;aide-mémoire.</source>
        <translation>رمز الاستئناف أو تاريخ الميلاد لا يتطابقان. تحققوا من الاثنين على ورقة التذكير.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette adresse est déjà prise. Choisissez une des adresses proposées ou écrivez-en une autre.</source>
        <translation>هذا العنوان مأخوذ من قبل. اختاروا أحد العناوين المقترحة أو اكتبوا عنوانًا آخر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette adresse ne convient pas. Utilisez des lettres sans accent, des chiffres, des points ou des tirets.</source>
        <translation>هذا العنوان لا يصلح. استعملوا حروفًا لاتينية بدون علامات (é, è…)، وأرقامًا، ونقاطًا أو شرطات.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vos informations ont changé depuis le premier envoi. Envoyez-les de nouveau.</source>
        <translation>تغيّرت معلوماتكم منذ الإرسال الأول. أرسلوها من جديد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le service n&apos;a pas compris la demande de cette version d&apos;Aidant. Réessayez. Si cela recommence, demandez une version à jour.</source>
        <translation>الخدمة لم تفهم طلب نسخة Aidant هذه. أعيدوا المحاولة. إذا تكرر ذلك، اطلبوا نسخة محدَّثة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La demande est arrivée au mauvais service. Vérifiez l&apos;adresse du service dans les réglages.</source>
        <translation>وصل الطلب إلى خدمة خاطئة. تحققوا من عنوان الخدمة في الإعدادات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Une demande est déjà en cours. Attendez sa réponse, puis réessayez.</source>
        <translation>هناك طلب قيد الإرسال. انتظروا جوابه، ثم أعيدوا المحاولة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;application a eu un problème. Ce n&apos;est pas de votre faute. Réessayez. Ce que vous avez écrit est gardé. Si cela recommence, fermez l&apos;application et rouvrez-la.</source>
        <translation>حدثت مشكلة في التطبيق. هذا ليس خطأكم. أعيدوا المحاولة. ما كتبتموه محفوظ. إذا تكرر ذلك، أغلقوا التطبيق وافتحوه من جديد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le service a changé pendant la demande. Appuyez de nouveau pour continuer. Ce que vous avez écrit est gardé.</source>
        <translation>تغيّرت الخدمة أثناء الطلب. اضغطوا من جديد للمتابعة. ما كتبتموه محفوظ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce code de reprise ne marche plus. Recommencez la démarche depuis le début, ou appelez le 36 46.</source>
        <translation>رمز الاستئناف هذا لم يعد يعمل. أعيدوا الإجراء من البداية، أو اتصلوا بالرقم 36&#xa0;46.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ce service ne crée pas les comptes ameli. Vous créez votre compte vous-même sur le site ameli. Aidant vous accompagne à chaque étape.</source>
        <translation>هذه الخدمة لا تنشئ حسابات ameli. تنشئون حسابكم بأنفسكم على موقع ameli. Aidant يرافقكم في كل خطوة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>Le service a eu un problème. Ce n&apos;est pas de votre faute. Réessayez dans un moment.</source>
        <translation>حدثت مشكلة في الخدمة. هذا ليس خطأكم. أعيدوا المحاولة بعد لحظة.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Impossible de joindre le service. Vérifiez que l&apos;ordinateur est connecté à internet, puis réessayez. Ce que vous avez écrit est gardé.</source>
        <translation>لا يمكن الوصول إلى الخدمة. تحققوا أن الحاسوب متصل بالإنترنت، ثم أعيدوا المحاولة. ما كتبتموه محفوظ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le service met trop de temps à répondre. Réessayez. Ce que vous avez écrit est gardé.</source>
        <translation>الخدمة تتأخر كثيرًا في الجواب. أعيدوا المحاولة. ما كتبتموه محفوظ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le service est momentanément indisponible. Réessayez dans quelques minutes. Ce que vous avez écrit est gardé.</source>
        <translation>الخدمة غير متاحة الآن. أعيدوا المحاولة بعد بضع دقائق. ما كتبتموه محفوظ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La réponse du service est illisible. Réessayez. Si cela recommence, demandez de l&apos;aide.</source>
        <translation>جواب الخدمة لا يمكن قراءته. أعيدوا المحاولة. إذا تكرر ذلك، اطلبوا المساعدة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La connexion sécurisée au service a échoué. Le réseau de ce lieu bloque peut-être la connexion. Demandez à la personne qui s&apos;occupe des ordinateurs.</source>
        <translation>فشل الاتصال الآمن بالخدمة. ربما تمنع شبكة هذا المكان الاتصال. اسألوا الشخص المسؤول عن الحواسيب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;adresse du service n&apos;est pas sécurisée (elle doit commencer par https). Corrigez-la dans les réglages.</source>
        <translation>عنوان الخدمة غير آمن (يجب أن يبدأ بـ https). صححوه في الإعدادات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;adresse du service n&apos;est pas valable. Corrigez-la dans les réglages.</source>
        <translation>عنوان الخدمة غير صالح. صححوه في الإعدادات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le fichier de certificats choisi dans les réglages est introuvable.</source>
        <translation>ملف الشهادات الذي اختير في الإعدادات غير موجود.</translation>
    </message>
</context>
</TS>
