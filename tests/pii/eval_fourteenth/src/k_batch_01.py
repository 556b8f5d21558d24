# Writer k, batch 01: wedding invitations (청첩장) and obituary notices (부고).
# Hand-written, invented. CC0 1.0.

DOCS = [
{"id": "s14-k01-001", "kind": "wedding_invitation", "text": """[모바일 청첩장]

서로가 마주보며 다져온 사랑을
이제 함께 한 곳을 바라보며 걸어가려 합니다.
귀한 걸음 하시어 축복해 주시면 감사하겠습니다.

[[PERSON:박경철]] · [[PERSON:이미정]] 의 장남 [[PERSON:준혁]]
[[PERSON:최동훈]] · [[PERSON:한지영]] 의 차녀 [[PERSON:수아]]

{{date:2025년 4월 12일 토요일}} {{time:오후 1시 30분}}
{{place_name:수원 라마다호텔}} 2층 그랜드볼룸

■ 마음 전하실 곳
신랑측 아버지 [[PERSON:박경철]]  농협 [[BANK_ACCOUNT:352-0871-4426-13]]
신랑 [[PERSON:박준혁]]  카카오뱅크 [[BANK_ACCOUNT:3333-05-2918476]]
신부측 어머니 [[PERSON:한지영]]  국민 [[BANK_ACCOUNT:604802-01-338215]]
신부 [[PERSON:최수아]]  토스뱅크 [[BANK_ACCOUNT:1000-4471-6620]]

※ 주차는 호텔 지하주차장 2시간 무료입니다."""},

{"id": "s14-k01-002", "kind": "wedding_invitation", "text": """請牒

[[PERSON:金榮植]] 君 과 [[PERSON:李順姬]] 孃 이
{{date:乙巳年 五月 十七日}}(양력 {{date:2025년 5월 17일}}) {{time:낮 12시}}
{{place_name:성남 분당 그랜드컨벤션}} 3층 크리스탈홀에서
화촉을 밝히게 되었기에 삼가 알려 드립니다.

新郞 父 [[PERSON:金正浩]]
新婦 父 [[PERSON:李在善]]

혼주 댁 : [[KR_ADDRESS:경기도 성남시 중원구 둔촌대로 83번길 14, 2층]]
연락처 : [[PHONE_NUMBER:031-748-2093]] / [[PHONE_NUMBER:010-3318-7702]]"""},

{"id": "s14-k01-003", "kind": "group_chat", "text": """[고교동창 단톡] 2025-03-02 오후 9:14
총무 [[PERSON:윤성호]]: 다들 잘 지내지? 우리 3반 [[PERSON:정민재]] 아들 결혼한다고 연락왔다
[[PERSON:윤성호]]: {{date:3/29(토)}} {{time:11시}} 용인 {{place_name:수지 루벤스웨딩}}
[[PERSON:윤성호]]: 못 가는 친구들은 [[PERSON:민재]]한테 직접 보내도 되고 나한테 보내면 모아서 전달할게
[[PERSON:윤성호]]: 하나 [[BANK_ACCOUNT:283-910387-21807]] [[PERSON:윤성호]](동창회)
[[PERSON:강태일]]: [[PERSON:민재]] 번호 바뀌었냐? 예전거 안되던데
[[PERSON:윤성호]]: [[PHONE_NUMBER:010-4026-8815]] 이걸로 해
[[PERSON:오세영]]: 난 그날 출장이라 못가 ㅠ 계좌로 보낼게"""},

{"id": "s14-k01-004", "kind": "obituary_notice", "text": """[訃告]

故 [[PERSON:한상길]] 님께서 {{date:2025년 1월 8일}}(수) 오전 5시 20분 향년 87세를 일기로 별세하셨기에 삼가 알려드립니다.

고인: [[PERSON:한상길]] ([[BIRTH_DATE:1938년 2월 3일]]생)
상주: 장남 [[PERSON:한우진]], 차남 [[PERSON:한우석]], 장녀 [[PERSON:한미경]]
      며느리 [[PERSON:신혜원]], 사위 [[PERSON:조병준]]
빈소: {{place_name:아주대학교병원 장례식장}} {{room_number:5호실}} (☎ {{public_number:031-219-6300}})
발인: {{date:2025년 1월 10일}} 오전 7시
장지: {{place_name:용인공원묘원}}

연락처: 장남 [[PERSON:한우진]] [[PHONE_NUMBER:010-8813-2047]]
계좌: [[PERSON:한우진]] 신한 [[BANK_ACCOUNT:110-382-571904]]"""},

{"id": "s14-k01-005", "kind": "obituary_notice", "text": "[부고] 수원중앙교회 권사 [[PERSON:김옥순]](향년 92세, [[BIRTH_DATE:33년생]]) 성도님께서 {{date:어제(2/14)}} 소천하셨습니다. 빈소 {{place_name:성빈센트병원 장례식장}} 특2호. 입관예배 {{date:2/15}} {{time:오후4시}}, 발인 {{date:2/16}} 오전6시. 유족 대표 아들 [[PERSON:이재성]] 집사 [[PHONE_NUMBER:010 2231 9087]]"},

{"id": "s14-k01-006", "kind": "obituary_notice", "text": """■ 부고 ■
경영지원팀 [[PERSON:서지훈]] 과장(사번 [[EMPLOYEE_ID:2011-0457]])의 부친께서 별세하셨기에 알려드립니다.

- 고인 : [[PERSON:서만석]]님 (향년 79세)
- 별세 : {{date:2025.06.21(토)}}
- 빈소 : {{place_name:분당서울대병원 장례식장}} {{room_number:3호실}}
- 발인 : {{date:2025.06.23(월)}} 06:30
- 장지 : {{place_name:성남시립 영생공원}}

조의금 전달: 경조회 총무 [[PERSON:문가영]] 대리 (내선 {{public_number:4417}}, [[EMAIL_ADDRESS:gayoung.moon@hansolmetal.co.kr]])
※ 회사 경조 규정에 따라 조화 1기가 발송됩니다."""},

{"id": "s14-k01-007", "kind": "wedding_rsvp", "text": """참석여부 회신 목록 (엑셀 붙여넣기)
이름\t관계\t참석\t인원\t연락처\t비고
[[PERSON:김도윤]]\t신랑친구\tO\t2\t[[PHONE_NUMBER:01029384471]]\t
[[PERSON:이서연]]\t신부회사\tO\t1\t[[PHONE_NUMBER:010-7712-0938]]\t식사X
[[PERSON:Park Jiwon]]\t신부친구\tX\t0\t[[EMAIL_ADDRESS:jiwon.park88@gmail.com]]\t해외거주
[[PERSON:남궁현우]]\t신랑대학\tO\t3\t[[PHONE_NUMBER:010.5520.1187]]\t아이 1명
[[PERSON:황보은채]]\t신부사촌\t?\t\t[[PHONE_NUMBER:010-6604-32O1]]\t미정
응답마감 {{date:2025-09-30}} / 총 응답 5명 중 참석 3"""},

{"id": "s14-k01-008", "kind": "wedding_invitation", "text": """초대합니다

[[PERSON:Daniel Kwon]] & [[PERSON:임하늘]]

{{date:2025. 10. 18. SAT}} PM 3:00
{{place_name:용인 포레스트웨딩 야외가든}}

신랑 [[PERSON:권다니엘]] [[PHONE_NUMBER:010-****-2894]]
신부 [[PERSON:임하늘]] [[PHONE_NUMBER:010-9148-5530]]

혼주 [[PERSON:권영수]]·[[PERSON:Mary Kwon]] / [[PERSON:임철규]]·[[PERSON:배순례]]

화환은 정중히 사양합니다.
셔틀버스: 기흥역 4번출구 {{time:14:00}}, {{time:14:20}} 출발"""},

{"id": "s14-k01-009", "kind": "obituary_notice", "text": """부고 알림

경기 용인 처인구 백암면 거주하시던 고 [[PERSON:장말순]] 여사님께서 노환으로 별세하셨습니다.
{{date:2024년 12월 3일}} 별세 / 음력 [[BIRTH_DATE:1931년 7월 15일]] 출생

상주 [[PERSON:장동식]] (子)  [[PHONE_NUMBER:010-5173-0246]]
상주 [[PERSON:장동철]] (子)  [[PHONE_NUMBER:010-2280-6619]]
딸 [[PERSON:장은숙]]

빈소 {{place_name:용인세브란스병원 장례식장}} 1빈소
고향집 [[KR_ADDRESS:용인시 처인구 백암면 근곡리 412-3]]에서 노제를 지냅니다."""},

{"id": "s14-k01-010", "kind": "community_post", "text": """제목: 결혼식 축의금 얼마가 적당할까요?
작성자: 퇴근하고싶다 | {{date:2025.04.03}} {{time:22:41}} | 조회 1,284

회사 동기 결혼식인데 같이 입사한 지 3년이고 친하긴 한데 엄청 친한 건 아니에요.
밥은 뷔페고 1인 식대가 {{amount:6만 8천원}}이라고 들었어요.
저는 혼자 갈 거고... {{amount:10만원}} 하면 너무 많나요? 5만원은 좀 그렇죠?
댓글 43
└ ㅇㅇ: 혼자 가면 10 하세요. 식대 생각하면 5는 민폐
└ 주부9단: 저는 동기면 무조건 10"""},

{"id": "s14-k01-011", "kind": "obituary_notice", "text": """訃 告
◎ 고(故) [[PERSON:오병학]] 장로 ({{org_name:성남 새소망교회}} 원로장로)
   [[BIRTH_DATE:1940. 11. 27]] 生 ~ {{date:2025. 3. 4}} 召天
◎ 유가족: 부인 [[PERSON:민정자]] 권사 / 장남 [[PERSON:오성준]] [[PHONE_NUMBER:(02)3481-****]]
           차남 [[PERSON:오성훈]] 목사 / 장녀 [[PERSON:오은지]]
◎ 빈소: {{place_name:성남중앙병원 장례식장}} 2층 VIP실
◎ 장례예배: {{date:3월 6일(목)}} 오전 6시 30분
교회 사무실 {{public_number:031-753-0091}}"""},

{"id": "s14-k01-012", "kind": "wedding_invitation", "text": """청첩장 (종이, 뒷면 약도 생략)

     신랑  [[PERSON:조현빈]]   신부  [[PERSON:구예린]]

  모시는 글
  저희 두 사람 평생을 함께 하고자 합니다.

  {{date:2025년 11월 22일 토요일}} 오후 2시 20분
  {{place_name:수원 노블레스웨딩컨벤션}} 5층 노블홀

  [[PERSON:조만수]] [[PERSON:정경애]] 의 아들 [[PERSON:현빈]]
  [[PERSON:구재현]] [[PERSON:이현숙]] 의 딸 [[PERSON:예린]]

  신랑측 혼주 자택 [[KR_ADDRESS:수원시 영통구 매탄로 62, 매탄위브하늘채 108동 1502호]]
  신부측 혼주 자택 [[KR_ADDRESS:수원시 권선구 곡반정동 571-8 (3층)]]"""},

{"id": "s14-k01-013", "kind": "group_chat", "text": """[가족방]
큰누나: 작은아버지 돌아가셨대 방금 연락옴
큰누나: 발인 모레 아침 7시
[[PERSON:상민]]: 헐.. 어디 병원?
큰누나: 동수원병원 장례식장. 사촌오빠 [[PERSON:재훈]]이 번호 ☞ [[PHONE_NUMBER:010-3920-7416]]
엄마: 부조는 내가 우리 집 이름으로 할테니 너희는 따로 하지 마라
막내: 난 토요일에 {{place_name:광교}}에서 바로 갈게
큰누나: 작은아버지 주민번호 필요하다고 사망신고 때문에 숙모가 물어보시는데 [[KR_RRN:520418-104712?]] 맞지? 아빠 수첩에 적혀있던거"""},

{"id": "s14-k01-014", "kind": "wedding_guestbook", "text": """방명록 / 축의금 접수 대장 (신랑측) p.3
번호 성명 관계 금액 비고
41 [[PERSON:하정민]] 회사 {{amount:100,000}}
42 [[PERSON:변○진]] 대학 {{amount:50,000}} 식권2
43 [[PERSON:탁미라]] 이웃 {{amount:30,000}}
44 [[PERSON:도상혁]] 교회 {{amount:100,000}} 답례품
45 [[PERSON:엄지*]] 친척 {{amount:200,000}}
46 [[PERSON:설경호]]?? 회사 {{amount:50,000}} 봉투 이름 흐림
합계(41~46) {{amount:530,000}}원 / 접수 {{time:13:05}}"""},

{"id": "s14-k01-015", "kind": "obituary_notice", "text": """[부고] {{org_name:용인시 수지구 풍덕천1동 주민자치위원회}}

위원 [[PERSON:나윤희]]님의 모친 故 [[PERSON:양복례]]님께서 {{date:2025년 8월 2일}} 별세하셨습니다.
빈소: {{place_name:수지 연세장례식장}} 3호 / 발인: {{date:8월 4일(월)}}
※ 주민자치위원회 회원 조의는 간사([[PHONE_NUMBER:010-7731-4852]])에게 {{date:8.3.}}까지 알려주세요."""},

{"id": "s14-k01-016", "kind": "wedding_invitation", "text": """Wedding Invitation

Groom [[PERSON:Nguyen Van Minh]] ([[PERSON:응우옌반밍]])
Bride [[PERSON:배소희]]

{{date:Saturday, June 7, 2025}} at 12:30
{{place_name:성남시청 하늘광장}} 작은결혼식

신랑 외국인등록번호 확인(구청 작은결혼식 신청서 사본): [[KR_FRN:920315-5281047]]
신부 [[PERSON:배소희]] [[BIRTH_DATE:1994.08.21]]
신청 접수번호 {{case_number:2025-작은결혼-0317}}"""},

{"id": "s14-k01-017", "kind": "obituary_notice", "text": "본인상 알림 ▶ [[PERSON:최복순]]님([[BIRTH_DATE:1946.5.9]]~{{date:2025.7.30}}) 별세. 빈소 {{place_name:수원시연화장}} 장례식장 6빈소, 발인 {{date:8/1}} 05시. 아들 [[PERSON:이강민]] ([[PHONE_NUMBER:+82 10-4418-2093]]), 딸 [[PERSON:이강희]]. 마음 전하실 곳: [[PERSON:이강민]] 우리은행 [[BANK_ACCOUNT:1002-483-920117]]"},
]
